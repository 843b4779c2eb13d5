// The HTML report's only script, for progressive enhancement: an explanation panel on focus, click or Enter, kept clear of the highlight it explains, a tooltip on hover,
// each explanation written into every listed finding that shares it when a list opens, "only this device" buttons, open lists for printing.
// The page holds each explanation's text in a hidden element (what a highlight's aria-describedby names) and in the first list entry that gives
// it; the script copies it only with textContent, and otherwise reads only data attributes, so no input text can become markup. The page reads
// fine without it.

export const enhancementScript = `(function () {
  'use strict';
  var doc = document;
  doc.documentElement.classList.add('js');
  var panel = doc.getElementById('explain');
  var list = panel && panel.querySelector('.items');
  var current = null;

  function primaryOf(el) {
    return el.classList.contains('hl') ? el : doc.getElementById('hl-' + el.getAttribute('data-finding'));
  }
  // A highlight is described by two hidden elements: its kind ("Loaded wording (Sentiment):", with the label alone in
  // data-label), then its explanation.
  function described(p, i) {
    var ids = (p.getAttribute('aria-describedby') || '').split(' ');
    return ids.length > i ? doc.getElementById(ids[i]) : null;
  }
  function labelOf(p) {
    var kind = described(p, 0);
    return kind ? kind.getAttribute('data-label') : '';
  }
  function explanationOf(p) {
    var note = described(p, 1);
    return note ? note.textContent : '';
  }
  function add(parent, tag, cls, text) {
    var e = doc.createElement(tag);
    if (cls) e.className = cls;
    if (text) e.textContent = text;
    parent.appendChild(e);
    return e;
  }
  // Whether a highlight's device is switched on in the bar: one switched off gives no tooltip, panel or mention.
  function shown(el) {
    var toggle = doc.getElementById('show-' + el.getAttribute('data-dv'));
    return !toggle || toggle.checked;
  }
  // The highlight under the pointer: the innermost one around the target whose device is switched on.
  function markAt(target) {
    var m = target && target.closest && target.closest('mark.hl, mark.hl-cont');
    while (m && !shown(m)) m = m.parentElement && m.parentElement.closest('mark.hl, mark.hl-cont');
    return m;
  }
  // The findings around these words, innermost first: each once (a split one has several fragments), of devices switched on.
  function around(mark) {
    var seen = {};
    var chain = [];
    for (var el = mark; el && el !== doc.body; el = el.parentElement) {
      if (el.tagName === 'MARK' && shown(el)) {
        var p = primaryOf(el);
        if (p && !seen[p.id]) { seen[p.id] = true; chain.push(p); }
      }
    }
    return chain;
  }
  function hide() {
    if (panel) panel.hidden = true;
    if (current) current.classList.remove('current');
  }
  // Closing the panel from inside it (Close, or Escape on its link) hands the focus back to the highlight explained,
  // without explaining it again.
  var closing = false;
  function close() {
    var inside = panel && panel.contains(doc.activeElement);
    hide();
    if (inside && current) {
      closing = true;
      current.focus();
      closing = false;
    }
  }
  // stay: refresh the panel where it is (a device switched on or off), without scrolling to the highlight again.
  function show(mark, stay) {
    if (!panel || !list) return;
    if (!shown(mark)) return hide();
    if (current) current.classList.remove('current');
    current = mark;
    mark.classList.add('current');
    var chain = around(mark);
    list.textContent = '';
    chain.forEach(function (p, i) {
      if (i === 1) add(list, 'p', 'also', 'Also around these words:');
      var item = add(list, 'div', 'item dv' + p.getAttribute('data-dv'));
      add(item, 'div', 'label', labelOf(p));
      add(item, 'div', 'why', explanationOf(p));
      var facts = 'rule ' + p.getAttribute('data-rule') + ' · strength ' + p.getAttribute('data-strength');
      if (p.hasAttribute('data-value')) facts += ' · value ' + p.getAttribute('data-value');
      add(item, 'div', 'rule', facts);
      var link = add(item, 'a', '', 'in the list of findings');
      link.href = '#finding-' + p.getAttribute('data-finding');
    });
    panel.hidden = false;
    if (!stay) reveal(mark);
  }
  // The bar of toggles stays at the top and the panel at the bottom: scroll so neither covers the highlight explained.
  var bar = doc.querySelector('.controls');
  function barBottom() {
    return bar ? Math.max(0, bar.getBoundingClientRect().bottom) : 0;
  }
  // Stacked underlines hang below a highlight's box, the deepest (a highlight nested in it) by its text-underline-offset.
  function underlineDepth(el) {
    var deepest = 0;
    var marks = el.tagName === 'MARK' ? [el].concat(Array.prototype.slice.call(el.querySelectorAll('mark'))) : [];
    marks.forEach(function (m) { deepest = Math.max(deepest, parseFloat(getComputedStyle(m).textUnderlineOffset) || 0); });
    return deepest;
  }
  function reveal(el) {
    var r = el.getBoundingClientRect();
    var top = barBottom() + 8;
    var bottom = window.innerHeight - 8;
    var lowest = r.bottom + underlineDepth(el);
    var p = panel.getBoundingClientRect();
    if (p.left < r.right && p.right > r.left) bottom = Math.min(bottom, p.top - 8);
    if (lowest > bottom) window.scrollBy(0, Math.min(lowest - bottom, r.top - top));
    else if (r.top < top) window.scrollBy(0, r.top - top);
  }
  // Links into the page (to a highlight, to a finding in its list) land below the bar, not under it.
  function padTop() {
    if (bar) doc.documentElement.style.scrollPaddingTop = (bar.offsetHeight + 8) + 'px';
  }
  if (bar && window.ResizeObserver) new ResizeObserver(padTop).observe(bar);
  else window.addEventListener('resize', padTop);
  doc.addEventListener('focusin', function (e) {
    var m = e.target && e.target.closest && e.target.closest('mark.hl');
    if (m) { if (!closing) show(m); }
    else if (panel && !panel.hidden && e.target.getBoundingClientRect && !panel.contains(e.target)) reveal(e.target);
  });
  doc.addEventListener('click', function (e) {
    var m = markAt(e.target);
    if (!m) return;
    var p = primaryOf(m);
    if (p && p !== doc.activeElement) p.focus();
    else if (p) show(p);
  });
  doc.addEventListener('keydown', function (e) {
    var m = (e.key === 'Enter' || e.key === ' ') && e.target && e.target.closest && e.target.closest('mark.hl');
    if (m) {
      // Enter (or Space) on a highlight explains it again, after Escape has closed the panel.
      e.preventDefault();
      show(m);
    } else if (e.key === 'Escape' && panel && !panel.hidden) {
      close();
    }
  });
  var closeButton = panel && panel.querySelector('button.close');
  if (closeButton) closeButton.addEventListener('click', close);

  // A tooltip for the words under the pointer, made each time they are pointed at (the devices switched on may have changed):
  // every finding around them, innermost first, as the panel lists them, since a finding on the very same words as another
  // has no words of its own to point at. An empty title over words whose devices are all off keeps any tooltip around from showing.
  function tip(p) {
    var toggle = doc.getElementById('show-' + p.getAttribute('data-dv'));
    var device = toggle ? toggle.getAttribute('data-title') : p.getAttribute('data-device');
    return labelOf(p) + ' (' + device + ', strength ' + p.getAttribute('data-strength') + '): ' + explanationOf(p) + ' [' + p.getAttribute('data-rule') + ']';
  }
  doc.addEventListener('mouseover', function (e) {
    var under = e.target && e.target.closest && e.target.closest('mark.hl, mark.hl-cont');
    if (!under) return;
    under.title = around(under).map(tip).join('\\n\\n');
  });
  // A listed finding explained the same way as an earlier one links to it; an open list shows the explanation itself instead.
  function fill(root) {
    var links = root.querySelectorAll('a.same');
    for (var i = 0; i < links.length; i++) {
      var note = doc.getElementById('why-' + links[i].getAttribute('data-why'));
      if (!note) continue;
      var why = doc.createElement('span');
      why.className = 'why';
      why.textContent = note.textContent;
      links[i].parentNode.replaceChild(why, links[i]);
    }
  }
  doc.addEventListener('toggle', function (e) {
    if (e.target && e.target.open && e.target.classList && e.target.classList.contains('findings')) fill(e.target);
  }, true);
  Array.prototype.forEach.call(doc.querySelectorAll('details.findings[open]'), fill);

  var toggles = Array.prototype.slice.call(doc.querySelectorAll('input.device-toggle'));
  function sync(t) {
    var marks = doc.querySelectorAll('mark.hl.dv' + t.getAttribute('data-dv'));
    for (var i = 0; i < marks.length; i++) marks[i].tabIndex = t.checked ? 0 : -1;
  }
  var onlies = Array.prototype.slice.call(doc.querySelectorAll('button.only'));
  // An "only" button is pressed while its device is the one shown; screen readers hear that from aria-pressed.
  function pressed() {
    onlies.forEach(function (b) {
      var dv = b.getAttribute('data-dv');
      var alone = toggles.every(function (t) { return t.checked === (t.getAttribute('data-dv') === dv); });
      b.setAttribute('aria-pressed', alone ? 'true' : 'false');
    });
  }
  // A device switched on or off changes what the open panel may explain and how many findings each list shows.
  function devicesChanged() {
    pressed();
    if (panel && !panel.hidden && current) {
      if (shown(current)) show(current, true);
      else hide();
    }
    Array.prototype.forEach.call(doc.querySelectorAll('details.findings'), function (d) {
      var items = d.querySelectorAll('li.finding');
      var on = 0;
      for (var i = 0; i < items.length; i++) {
        var item = items[i];
        if (toggles.every(function (t) { return t.checked || !item.classList.contains('dv' + t.getAttribute('data-dv')); })) on++;
      }
      var summary = d.querySelector('summary');
      if (summary) summary.textContent = 'Findings in this section (' + (on === items.length ? on : on + ' of ' + items.length + ' shown') + ')';
    });
  }
  toggles.forEach(function (t) { t.addEventListener('change', function () { sync(t); devicesChanged(); }); sync(t); });
  onlies.forEach(function (b) {
    b.hidden = false;
    b.addEventListener('click', function () {
      var dv = b.getAttribute('data-dv');
      var alone = b.getAttribute('aria-pressed') === 'true';
      toggles.forEach(function (t) { t.checked = alone || t.getAttribute('data-dv') === dv; sync(t); });
      devicesChanged();
    });
  });
  pressed();
  // Following a link into a closed list of findings opens the list.
  function openTarget() {
    var target = location.hash ? doc.getElementById(location.hash.slice(1)) : null;
    var details = target && target.closest('details');
    if (details && !details.open) { details.open = true; target.scrollIntoView(); }
  }
  window.addEventListener('hashchange', openTarget);
  openTarget();
  window.addEventListener('beforeprint', function () {
    Array.prototype.forEach.call(doc.querySelectorAll('details'), function (d) { d.open = true; });
    fill(doc);
  });
})();
`;
