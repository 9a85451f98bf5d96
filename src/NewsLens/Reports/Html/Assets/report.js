// NewsLens article view: one layer at a time, a confidence threshold, summary links that land on their span.
(function () {
  'use strict';
  var reader = document.querySelector('.reader');
  if (!reader) return;
  var radios = Array.prototype.slice.call(reader.querySelectorAll('input[name="layer"]'));
  var texts = Array.prototype.slice.call(reader.querySelectorAll('.layer-text'));
  var keys = Array.prototype.slice.call(reader.querySelectorAll('.keys'));
  var thr = document.getElementById('thr');
  var out = document.getElementById('thr-out');
  var shown = document.getElementById('shown');

  function current() {
    for (var i = 0; i < radios.length; i++) if (radios[i].checked) return radios[i].value;
    return radios.length ? radios[0].value : null;
  }

  function apply() {
    var layer = current();
    var t = thr ? parseFloat(thr.value) || 0 : 0;
    if (out) out.value = t.toFixed(2);
    keys.forEach(function (k) { k.hidden = k.getAttribute('data-layer') !== layer; });
    texts.forEach(function (div) {
      var on = div.getAttribute('data-layer') === layer;
      div.hidden = !on;
      if (!on) return;
      var off = {}, total = 0, visible = 0;
      div.querySelectorAll('.tag').forEach(function (tag) {
        total++;
        var c = tag.getAttribute('data-c');
        var below = c !== null && parseFloat(c) < t;
        if (below) off[tag.getAttribute('data-i')] = true; else visible++;
        tag.hidden = below;
      });
      div.querySelectorAll('mark.hl').forEach(function (m) {
        var lit = m.getAttribute('data-i').split(' ').some(function (i) { return !off[i]; });
        m.classList.toggle('off', !lit);
      });
      if (shown) shown.textContent = 'showing ' + visible + ' of ' + total;
    });
  }

  function go(layer, index) {
    radios.forEach(function (r) { r.checked = r.value === layer; });
    var tag = document.getElementById('i-' + layer + '-' + index);
    if (!tag) { apply(); return; }
    var c = tag.getAttribute('data-c');
    if (thr && c !== null && parseFloat(c) < parseFloat(thr.value)) thr.value = Math.floor(parseFloat(c) * 20) / 20;
    apply();
    var div = tag.closest('.layer-text');
    div.querySelectorAll('mark.focus').forEach(function (m) { m.classList.remove('focus'); });
    div.querySelectorAll('mark.hl').forEach(function (m) {
      if (m.getAttribute('data-i').split(' ').indexOf(String(index)) >= 0) m.classList.add('focus');
    });
    tag.scrollIntoView({ block: 'center' });
    tag.focus({ preventScroll: true });
  }

  radios.forEach(function (r) { r.addEventListener('change', apply); });
  if (thr) thr.addEventListener('input', apply);
  document.addEventListener('click', function (e) {
    var a = e.target.closest ? e.target.closest('a[data-go]') : null;
    if (!a) return;
    e.preventDefault();
    var p = a.getAttribute('data-go').split(':');
    go(p[0], p[1]);
  });
  document.documentElement.classList.add('js');
  apply();
})();
