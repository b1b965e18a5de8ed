// SPDX-License-Identifier: MIT
// Progressive enhancement only: every page works without this file. Served as
// desk.<hash>.js from 'self' (the CSP allows no inline script).
(function () {
  'use strict';
  document.documentElement.classList.add('js');

  // A filter whose operator takes no value ("is set", "is not set") disables its
  // value box, so the form does not send a value the server would ignore.
  function syncOperator(select) {
    var box = document.getElementById('f-' + select.id.slice(3));
    if (!box) return;
    var none = select.value === 'is set' || select.value === 'is not set';
    box.disabled = none;
  }
  document.addEventListener('DOMContentLoaded', function () {
    var selects = document.querySelectorAll('select.op');
    for (var i = 0; i < selects.length; i++) {
      syncOperator(selects[i]);
      selects[i].addEventListener('change', function (event) { syncOperator(event.target); });
    }
  });
})();
