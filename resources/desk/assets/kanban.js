// SPDX-License-Identifier: MIT
// The kanban board's drag and drop: dropping a card on another column sets the
// card's own "Move to" choice and posts its form, exactly what choosing the column
// and pressing Move does (which needs no JavaScript and works by keyboard).
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var board = document.querySelector('.board');
    if (!board) return;
    var dragged = null;
    board.addEventListener('dragstart', function (event) {
      var card = event.target.closest && event.target.closest('.card-item[draggable="true"]');
      if (!card) return;
      dragged = card;
      event.dataTransfer.setData('text/plain', card.dataset.name);
      event.dataTransfer.effectAllowed = 'move';
      card.classList.add('dragging');
    });
    board.addEventListener('dragend', function () {
      if (dragged) dragged.classList.remove('dragging');
      dragged = null;
    });
    board.addEventListener('dragover', function (event) {
      if (dragged && event.target.closest('.lane')) event.preventDefault();
    });
    board.addEventListener('drop', function (event) {
      var lane = event.target.closest('.lane');
      if (!dragged || !lane) return;
      event.preventDefault();
      var form = dragged.querySelector('form.move');
      var select = form && form.querySelector('select');
      if (!select || select.value === lane.dataset.value) return;
      select.value = lane.dataset.value;
      form.requestSubmit(form.querySelector('button[type="submit"]'));
    });
  });
})();
