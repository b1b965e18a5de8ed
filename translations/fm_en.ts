<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>Desk</name>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fm::core::DocumentChecks</name>
    <message numerus="yes">
        <source>%1 is not valid: %n problem(s); see fields</source>
        <translation>
            <numerusform>%1 is not valid: %n problem; see fields</numerusform>
            <numerusform>%1 is not valid: %n problems; see fields</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fm::studio::LayoutEditor</name>
    <message numerus="yes">
        <source>Not on the form (%n)</source>
        <translation>
            <numerusform>Not on the form (%n)</numerusform>
            <numerusform>Not on the form (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fm::studio::MigrationPlanDialog</name>
    <message numerus="yes">
        <source>The plan has %n warning step(s) (see why in the plan). Apply them too? Safe steps are applied either way; dangerous ones never.</source>
        <translation>
            <numerusform>The plan has %n warning step (see why in the plan). Apply it too? Safe steps are applied either way; dangerous ones never.</numerusform>
            <numerusform>The plan has %n warning steps (see why in the plan). Apply them too? Safe steps are applied either way; dangerous ones never.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fm::studio::SaveDialog</name>
    <message numerus="yes">
        <source>Also apply the %n warning step(s): I have read why each is risky</source>
        <translation>
            <numerusform>Also apply the %n warning step: I have read why each is risky</numerusform>
            <numerusform>Also apply the %n warning steps: I have read why each is risky</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dangerous step(s) will not be applied: the Studio never drops or narrows data. Each row says how to do it by hand.</source>
        <translation>
            <numerusform>%n dangerous step will not be applied: the Studio never drops or narrows data. The row says how to do it by hand.</numerusform>
            <numerusform>%n dangerous steps will not be applied: the Studio never drops or narrows data. Each row says how to do it by hand.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fm::studio::SaveFlow</name>
    <message numerus="yes">
        <source>%n DocType(s)</source>
        <translation>
            <numerusform>%n DocType</numerusform>
            <numerusform>%n DocTypes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved %1; run `m migrate` to apply %n step(s)</source>
        <translation>
            <numerusform>Saved %1; run `m migrate` to apply %n step</numerusform>
            <numerusform>Saved %1; run `m migrate` to apply %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s) remain; `m check` fails and the server will not start until they are fixed.</source>
        <translation>
            <numerusform>%n error remains; `m check` fails and the server will not start until it is fixed.</numerusform>
            <numerusform>%n errors remain; `m check` fails and the server will not start until they are fixed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saved and migrated: %n step(s) applied</source>
        <translation>
            <numerusform>Saved and migrated: %n step applied</numerusform>
            <numerusform>Saved and migrated: %n steps applied</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fm::studio::ServerPanel</name>
    <message numerus="yes">
        <source>Also apply the %n warning step(s): I have read why each is risky</source>
        <translation>
            <numerusform>Also apply the %n warning step: I have read why each is risky</numerusform>
            <numerusform>Also apply the %n warning steps: I have read why each is risky</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n dangerous step(s) will not be applied: the Studio never drops or narrows data. Each row says how to do it by hand.</source>
        <translation>
            <numerusform>%n dangerous step will not be applied: the Studio never drops or narrows data. The row says how to do it by hand.</numerusform>
            <numerusform>%n dangerous steps will not be applied: the Studio never drops or narrows data. Each row says how to do it by hand.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fm::studio::ServerProcess</name>
    <message numerus="yes">
        <source>The server did not answer on /health within %n second(s); its log has the details. Stop other heavy programs or start again.</source>
        <translation>
            <numerusform>The server did not answer on /health within %n second; its log has the details. Stop other heavy programs or start again.</numerusform>
            <numerusform>The server did not answer on /health within %n seconds; its log has the details. Stop other heavy programs or start again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server did not stop within %n second(s); killing it.</source>
        <translation>
            <numerusform>The server did not stop within %n second; killing it.</numerusform>
            <numerusform>The server did not stop within %n seconds; killing it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The site &quot;%1&quot; has %n pending migration step(s); apply them in the Server dock or with `m migrate`, then start again.</source>
        <translation>
            <numerusform>The site &quot;%1&quot; has %n pending migration step; apply it in the Server dock or with `m migrate`, then start again.</numerusform>
            <numerusform>The site &quot;%1&quot; has %n pending migration steps; apply them in the Server dock or with `m migrate`, then start again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The site &quot;%1&quot; has %n pending migration step(s): apply them or start without them.</source>
        <translation>
            <numerusform>The site &quot;%1&quot; has %n pending migration step: apply it or start without it.</numerusform>
            <numerusform>The site &quot;%1&quot; has %n pending migration steps: apply them or start without them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Applied %n migration step(s).</source>
        <translation>
            <numerusform>Applied %n migration step.</numerusform>
            <numerusform>Applied %n migration steps.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) left pending: warning steps need your confirmation and dangerous ones are never applied from the Studio (see the Migration plan, or `m migrate`).</source>
        <translation>
            <numerusform>%n step left pending: warning steps need your confirmation and dangerous ones are never applied from the Studio (see the Migration plan, or `m migrate`).</numerusform>
            <numerusform>%n steps left pending: warning steps need your confirmation and dangerous ones are never applied from the Studio (see the Migration plan, or `m migrate`).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Starting without the %n pending migration step(s): requests that touch the changed DocTypes may fail.</source>
        <translation>
            <numerusform>Starting without the %n pending migration step: requests that touch the changed DocTypes may fail.</numerusform>
            <numerusform>Starting without the %n pending migration steps: requests that touch the changed DocTypes may fail.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server was not started: the %n pending migration step(s) of site &quot;%1&quot; were not applied. Apply them, start without them, or run `m migrate`.</source>
        <translation>
            <numerusform>The server was not started: the %n pending migration step of site &quot;%1&quot; was not applied. Apply it, start without it, or run `m migrate`.</numerusform>
            <numerusform>The server was not started: the %n pending migration steps of site &quot;%1&quot; were not applied. Apply them, start without them, or run `m migrate`.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fm::studio::erd::ErdWidget</name>
    <message numerus="yes">
        <source>%n DocType(s), %1 relation(s); laid out by %2 in %3 ms</source>
        <translation>
            <numerusform>%n DocType, %1 relation(s); laid out by %2 in %3 ms</numerusform>
            <numerusform>%n DocTypes, %1 relation(s); laid out by %2 in %3 ms</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n match</numerusform>
            <numerusform>%n matches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>fm::studio::git::GitPanel</name>
    <message numerus="yes">
        <source>%n files selected</source>
        <translation>
            <numerusform>%n file selected</numerusform>
            <numerusform>%n files selected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Fetched from %1: %n new commit(s) to pull</source>
        <translation>
            <numerusform>Fetched from %1: %n new commit to pull</numerusform>
            <numerusform>Fetched from %1: %n new commits to pull</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>m</name>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n DocType(s)</source>
        <translation>
            <numerusform>%n DocType</numerusform>
            <numerusform>%n DocTypes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Checking %1: %n rename(s)</source>
        <translation>
            <numerusform>Checking %1: %n rename</numerusform>
            <numerusform>Checking %1: %n renames</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Schema: %n pending step(s); run `m migrate --plan`</source>
        <translation>
            <numerusform>Schema: %n pending step; run `m migrate --plan`</numerusform>
            <numerusform>Schema: %n pending steps; run `m migrate --plan`</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopping the worker: letting %n running job(s) finish (up to %1 s).</source>
        <translation>
            <numerusform>Stopping the worker: letting %n running job finish (up to %1 s).</numerusform>
            <numerusform>Stopping the worker: letting %n running jobs finish (up to %1 s).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>warning: %n job(s) did not finish in time; they were released to the queue and run again elsewhere.</source>
        <translation>
            <numerusform>warning: %n job did not finish in time; it was released to the queue and runs again elsewhere.</numerusform>
            <numerusform>warning: %n jobs did not finish in time; they were released to the queue and run again elsewhere.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job function(s) registered</source>
        <translation>
            <numerusform>%n job function registered</numerusform>
            <numerusform>%n job functions registered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n job function(s) registered: %1</source>
        <translation>
            <numerusform>%n job function registered: %1</numerusform>
            <numerusform>%n job functions registered: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>scheduler on (%n schedule(s) declared by apps)</source>
        <translation>
            <numerusform>scheduler on (%n schedule declared by apps)</numerusform>
            <numerusform>scheduler on (%n schedules declared by apps)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Worker stopped after %n job(s).</source>
        <translation>
            <numerusform>Worker stopped after %n job.</numerusform>
            <numerusform>Worker stopped after %n jobs.</numerusform>
        </translation>
    </message>
</context>
</TS>
