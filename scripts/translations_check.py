#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Checks the Qt Linguist catalogues in translations/ (called by scripts/translations.sh).

--compare DIR FILE...  FILE's messages must be those lupdate wrote into DIR/<same name>,
                       and (but fm_en.ts) every translation finished and well-formed.
--report FILE...       prints what is left to translate; never fails.
"""
import os
import re
import sys
import xml.etree.ElementTree as ET

PLACEHOLDER = re.compile(r"%(?:L?\d+|n)")
# Rich-text markup a message may hold; "<name>" in a usage line is a placeholder, not markup.
TAG = re.compile(r"</?(a|b|br|code|em|h[1-6]|i|li|p|pre|span|strong|tt|ul)\b")
SOURCE_LANGUAGE_FILE = "fm_en.ts"


def messages(path):
    """{(context, source, comment): (numerus, type, [translations])} of a .ts file."""
    result = {}
    root = ET.parse(path).getroot()
    for context in root.iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            key = (name, message.findtext("source", ""), message.findtext("comment", ""))
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if message.get("numerus") == "yes":
                texts = [form.text or "" for form in translation.iter("numerusform")]
            else:
                texts = [translation.text or ""] if translation is not None else [""]
            result[key] = (message.get("numerus") == "yes", kind, texts)
    return result


def describe(key):
    context, source, comment = key
    text = source if len(source) <= 90 else source[:87] + "..."
    return f'{context}: "{text}"' + (f" ({comment})" if comment else "")


def problems_of(path):
    """Unfinished or malformed translations of one catalogue, as lines for people."""
    found = []
    for key, (numerus, kind, texts) in sorted(messages(path).items()):
        source = key[1]
        if kind in ("vanished", "obsolete"):
            found.append(f"stale entry (no longer in the code): {describe(key)}")
            continue
        if kind == "unfinished" or any(not t.strip() for t in texts):
            found.append(f"not translated: {describe(key)}")
            continue
        wanted = sorted(set(PLACEHOLDER.findall(source)))
        tags = sorted(TAG.findall(source))
        for text in texts:
            have = sorted(set(PLACEHOLDER.findall(text)))
            # A plural form may leave out %n ("one field"), never a numbered placeholder.
            if numerus:
                have, wanted_here = [p for p in have if p != "%n"], [p for p in wanted if p != "%n"]
            else:
                wanted_here = wanted
            if have != wanted_here:
                found.append(f"placeholders {have} instead of {wanted_here}: {describe(key)}")
            if sorted(TAG.findall(text)) != tags:
                found.append(f"markup differs from the source: {describe(key)}")
    return found


def compare(work, files):
    failed = False
    for path in files:
        name = os.path.basename(path)
        committed, fresh = messages(path), messages(os.path.join(work, name))
        live = {k for k, v in committed.items() if v[1] not in ("vanished", "obsolete")}
        wanted = {k for k, v in fresh.items() if v[1] not in ("vanished", "obsolete")}
        missing, gone = sorted(wanted - live), sorted(live - wanted)
        for key in missing:
            print(f"{name}: missing (a tr() string the catalogue lacks): {describe(key)}")
        for key in gone:
            print(f"{name}: stale (no longer in the code): {describe(key)}")
        problems = [] if name == SOURCE_LANGUAGE_FILE else problems_of(path)
        for line in problems:
            print(f"{name}: {line}")
        failed = failed or bool(missing or gone or problems)
    if failed:
        print("\nRun `make translations` (scripts/translations.sh update), then finish the "
              "entries marked type=\"unfinished\" in translations/fm_<language>.ts "
              "(Qt Linguist, or by hand); docs/guide/translations.md says how.")
        return 1
    print(f"translations: {len(files)} catalogue(s) up to date and complete")
    return 0


def report(files):
    for path in files:
        name = os.path.basename(path)
        if name == SOURCE_LANGUAGE_FILE:
            continue
        left = problems_of(path)
        print(f"{name}: {len(messages(path))} strings, {len(left)} to do")
        for line in left:
            print(f"  {line}")
    return 0


if __name__ == "__main__":
    if len(sys.argv) >= 3 and sys.argv[1] == "--compare":
        sys.exit(compare(sys.argv[2], sys.argv[3:]))
    if len(sys.argv) >= 2 and sys.argv[1] == "--report":
        sys.exit(report(sys.argv[2:]))
    print(__doc__, file=sys.stderr)
    sys.exit(2)
