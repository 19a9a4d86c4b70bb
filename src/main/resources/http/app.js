// Placement review pages: plain JavaScript over the JSON API. No inline script (the server's CSP forbids it);
// every value from a case file is inserted as text, never as HTML.
'use strict';

const TOKEN_KEY = 'placement-review-token';
const GBP = new Intl.NumberFormat('en-GB', { style: 'currency', currency: 'GBP' });
const STATUS_WORDS = {
  MET: '✓ met', NOT_MET: '✗ not met', UNKNOWN: '? not recorded',
  CANDIDATE: 'open', NEARLY_ELIGIBLE: 'nearly open: one criterion stands in the way'
};
const TYPES = {
  IN_HOUSE_FOSTER: "In-house foster care",
  KINSHIP_FOSTER: "Kinship foster care",
  IFA: "Independent fostering agency",
  IN_HOUSE_CHILDRENS_HOME: "In-house children's home",
  EXTERNAL_CHILDRENS_HOME: "External children's home",
  SOLO_SPECIALIST_RESIDENTIAL: "Solo / specialist residential",
  RESIDENTIAL_SPECIAL_SCHOOL: "Residential special school",
  SECURE_CHILDRENS_HOME: "Secure children's home",
  SUPPORTED_ACCOMMODATION: "Supported accommodation",
  PARENT_AND_CHILD: "Parent and child",
  PLACED_WITH_PARENTS: "Placed with parents",
  UNREGISTERED: "Unregistered"
};
const DST_LEVELS = ['NONE', 'LOW', 'MODERATE', 'HIGH', 'SEVERE', 'PRIORITY'];

function el(tag, attrs, ...children) {
  const node = document.createElement(tag);
  Object.entries(attrs || {}).forEach(([k, v]) => {
    if (v === null || v === undefined || v === false) return;
    if (k === 'text') node.textContent = v;
    else if (k === 'className') node.className = v;
    else node.setAttribute(k, v === true ? '' : v);
  });
  children.flat(Infinity).forEach(c => {
    if (c === null || c === undefined) return;
    node.append(c instanceof Node ? c : document.createTextNode(String(c)));
  });
  return node;
}

function money(value) {
  return value === null || value === undefined ? 'not known' : GBP.format(value);
}

function words(key) {
  return String(key).replace(/([a-z])([A-Z])/g, '$1 $2').replace(/[_-]/g, ' ').toLowerCase();
}

const $ = id => document.getElementById(id);

// ---- token -------------------------------------------------------------------------------------------------
function token() {
  return sessionStorage.getItem(TOKEN_KEY) || '';
}

function initToken() {
  const form = $('token-form');
  if (!form) return;
  const state = $('token-state');
  const show = () => {
    state.textContent = token() ? 'A token is set for this browser tab (kept until the tab is closed).'
      : 'No token yet: paste the token you were given.';
  };
  form.addEventListener('submit', e => {
    e.preventDefault();
    const value = $('token').value.trim();
    if (value) sessionStorage.setItem(TOKEN_KEY, value);
    $('token').value = '';
    show();
  });
  $('token-clear').addEventListener('click', () => { sessionStorage.removeItem(TOKEN_KEY); show(); });
  show();
}

// ---- API ---------------------------------------------------------------------------------------------------
class ApiFailure extends Error {
  constructor(status, errors) {
    super(errors.map(e => e.message).join('; '));
    this.status = status;
    this.errors = errors;
  }
}

// A case file goes as CSV when its name ends in .csv (the API reads the body by its Content-Type), JSON otherwise.
function caseFileType(body) {
  return body instanceof File && /\.csv$/i.test(body.name) ? 'text/csv' : 'application/json';
}

// While a request runs: the page says it is working, the buttons that would send another are disabled.
let requestsRunning = 0;
let disabledWhileWorking = [];
function workingStarted() {
  if (requestsRunning++ > 0) return;
  disabledWhileWorking = [...document.querySelectorAll('main button:not([disabled])')]
    .filter(b => !b.closest('#token-form'));
  disabledWhileWorking.forEach(b => { b.disabled = true; });
  document.body.classList.add('working');
  const result = $('result');
  if (result) result.setAttribute('aria-busy', 'true');
  const box = $('working');
  if (box) box.hidden = false;
}
function workingEnded() {
  if (--requestsRunning > 0) return;
  disabledWhileWorking.forEach(b => { b.disabled = false; });
  disabledWhileWorking = [];
  document.body.classList.remove('working');
  const result = $('result');
  if (result) result.removeAttribute('aria-busy');
  const box = $('working');
  if (box) box.hidden = true;
}

// A request the person asked for shows the working state; a background load ({ quiet: true }) does not.
async function api(path, options) {
  if (options && options.quiet) return apiRequest(path, options);
  workingStarted();
  try {
    return await apiRequest(path, options);
  } finally {
    workingEnded();
  }
}

async function apiRequest(path, options) {
  const opts = options || {};
  const headers = { Authorization: 'Bearer ' + token() };
  if (opts.body) headers['Content-Type'] = caseFileType(opts.body);
  const response = await fetch(path, { method: opts.method || 'GET', headers, body: opts.body, cache: 'no-store' });
  if (!response.ok) {
    let errors = [{ message: 'the server answered ' + response.status }];
    try {
      const json = await response.json();
      if (Array.isArray(json.errors)) errors = json.errors;
    } catch (ignored) { /* not JSON */ }
    throw new ApiFailure(response.status, errors);
  }
  return opts.blob ? response.blob() : response.json();
}

function showErrors(error) {
  const box = $('errors');
  box.replaceChildren();
  if (!error) return;
  const explain = {
    401: 'Sign in: paste a valid access token above.',
    403: 'Your token does not give access to this.',
    413: 'The file is too large for this server.'
  };
  const list = error instanceof ApiFailure ? error.errors : [{ message: String(error.message || error) }];
  box.append(el('h2', { text: 'Problem' + (list.length > 1 ? 's' : '') }));
  if (error.status && explain[error.status]) box.append(el('p', { text: explain[error.status] }));
  box.append(el('ul', {}, list.slice(0, 50).map(e => el('li', {},
    [e.id ? 'placement ' + e.id + ': ' : '', e.field ? e.field + ': ' : '', e.message].join('')))));
  if (list.length > 50) box.append(el('p', { text: (list.length - 50) + ' more not shown.' }));
}

function status(text) {
  $('status').textContent = text;
}

// The visible "working…" mark beside the status line (hidden when nothing runs).
function initWorking() {
  const line = $('status');
  if (!line || $('working')) return;
  line.before(el('p', { id: 'working', className: 'working', hidden: true }, el('span', { className: 'spinner', 'aria-hidden': 'true' }), ' working…'));
}

function query(params) {
  const q = new URLSearchParams();
  Object.entries(params).forEach(([k, v]) => { if (v !== '' && v !== null && v !== undefined) q.set(k, v); });
  const s = q.toString();
  return s ? '?' + s : '';
}

function saveBlob(blob, name) {
  const url = URL.createObjectURL(blob);
  const a = el('a', { href: url, download: name });
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}

// ---- shared renderers ----------------------------------------------------------------------------------------
function findingsList(findings) {
  if (!findings || findings.length === 0) return el('p', { text: 'No findings.' });
  return el('ul', { className: 'findings' }, findings.map(f => el('li', {},
    el('span', { className: 'rule-id', text: f.ruleId }), ' ', f.title,
    f.fullYearSaving !== null && f.fullYearSaving !== undefined
      ? el('span', { className: 'saving' }, ' Saves ' + money(f.weeklySaving) + ' a week, ' + money(f.inYearSaving)
        + ' this financial year, ' + money(f.fullYearSaving) + ' a full year.')
      : (f.notQuantifiable ? el('span', { className: 'saving' }, ' Not quantified: ' + f.notQuantifiable) : null),
    el('span', { className: 'policy', text: ' Source: ' + f.policy }))));
}

function traceList(trace) {
  if (!trace || trace.length === 0) return el('p', { text: 'No rule fired.' });
  return el('ol', { className: 'trace' }, trace.map(t => el('li', {},
    el('span', { className: 'rule-id', text: t.ruleId }), ' ', t.rule,
    el('div', { className: 'policy', text: 'Source: ' + t.policy }),
    el('dl', { className: 'matched' }, Object.entries(t.matched || {}).map(([k, v]) =>
      [el('dt', { text: k }), el('dd', { text: v })])),
    (t.findings || []).map(title => el('div', { className: 'finding', text: 'Found: ' + title })))));
}

// Any JSON value as nested lists (continuing care, apportionment and whatever else a placement carries).
function valueView(value) {
  if (value === null || value === undefined) return el('span', { text: 'not known' });
  if (Array.isArray(value)) {
    if (value.length === 0) return el('span', { text: 'none' });
    return el('ul', {}, value.map(v => el('li', {}, valueView(v))));
  }
  if (typeof value === 'object') {
    return el('dl', { className: 'kv' }, Object.entries(value).map(([k, v]) =>
      [el('dt', { text: words(k) }), el('dd', {}, valueView(v))]));
  }
  if (typeof value === 'boolean') return el('span', { text: value ? 'yes' : 'no' });
  return el('span', { text: String(value) });
}

function criteriaList(criteria) {
  if (!criteria || criteria.length === 0) return el('p', { text: 'No step-down criteria apply.' });
  return el('ul', { className: 'criteria' }, criteria.map(c => el('li', { className: 'status-' + c.status },
    el('strong', { className: 'mark', text: STATUS_WORDS[c.status] || c.status }), ' ', words(c.criterion), ': ', c.reason,
    c.toChange ? el('div', { className: 'to-change', text: 'What would need to change: ' + c.toChange }) : null,
    el('div', { className: 'policy', text: c.ruleId + ' - ' + c.policy }))));
}

function routesList(routes, withCosts) {
  if (!routes || routes.length === 0) return el('p', { text: 'None.' });
  return el('ul', { className: 'routes' }, routes.map(r => el('li', {},
    el('strong', { text: r.label }), ' - ', STATUS_WORDS[r.status] || words(r.status || ''),
    r.preferred ? ' (preferred route)' : '',
    r.capacityStatus ? el('div', { text: 'In-house place: ' + words(r.capacityStatus) }) : null,
    r.criterionNotMet ? el('div', { className: 'to-change' },
      'Stands in the way: ' + words(r.criterionNotMet) + ' (' + (STATUS_WORDS[r.criterionStatus] || r.criterionStatus)
      + ')' + (r.toChange ? '. What would need to change: ' + r.toChange : '')) : null,
    withCosts ? el('div', { className: 'cost' }, 'Target cost ' + money(r.targetWeeklyCost) + ' a week; saves '
      + money(r.weeklySaving) + ' a week, ' + money(r.fullYearSaving) + ' a full year') : null)));
}

// ---- panel page ----------------------------------------------------------------------------------------------
function initPanel() {
  let last = null;
  const params = () => ({ top: $('top').value, by: $('by').value, asOf: $('asOf').value });
  $('review-form').addEventListener('submit', async e => {
    e.preventDefault();
    showErrors(null);
    const file = $('casefile').files[0];
    if (!file) { showErrors(new Error('choose a case file')); return; }
    status('Reviewing ' + file.name + '…');
    try {
      const review = await api('/api/review' + query(params()), { method: 'POST', body: file });
      last = { file, params: params(), asOf: review.asOf };
      renderReview(review);
      addDecisionForms(review);
      status('Reviewed ' + review.reviewed + ' placements.');
    } catch (err) {
      status('');
      showErrors(err);
    }
  });
  const download = async (path, extra, name) => {
    if (!last) return;
    showErrors(null);
    status('Preparing ' + name + '…');
    try {
      const blob = await api(path + query({ ...last.params, ...extra }), { method: 'POST', body: last.file, blob: true });
      saveBlob(blob, name);
      status('Downloaded ' + name + '.');
    } catch (err) {
      status('');
      showErrors(err);
    }
  };
  $('download-pack').addEventListener('click', () => download('/api/pack', {}, 'panel-pack-' + last.asOf + '.html'));
  initWhatIf(() => last);
  loadAlternatives();
  $('token-form').addEventListener('submit', () => setTimeout(loadAlternatives, 0));
  initOpenActions();
  $('download-csv').addEventListener('click', () =>
    download('/api/review.csv', { section: 'placements' }, 'review-' + last.asOf + '-placements.csv'));
  $('download-options').addEventListener('click', () =>
    download('/api/review.csv', { section: 'options' }, 'review-' + last.asOf + '-options.csv'));
  $('download-market').addEventListener('click', () =>
    download('/api/review.csv', { section: 'market' }, 'review-' + last.asOf + '-market.csv'));
}

// ---- panel decisions on a recorded review (issue 14) ------------------------------------------------------------
const DECISIONS = { AGREED: 'Agreed', REJECTED: 'Rejected', DEFERRED: 'Deferred', MORE_INFORMATION: 'More information needed' };

/** Just after each placement's findings: a form per option to record the panel's decision on the review's receipt. */
function addDecisionForms(review) {
  const receipt = review.receipt && review.receipt.id;
  review.top.forEach(p => {
    const detail = $('detail-' + p.rank);
    if (!detail) return;
    const options = (p.findings || []).filter(f => f.weeklySaving !== null && f.weeklySaving !== undefined);
    const block = el('div', { className: 'decisions' }, el('h3', { text: 'Panel decisions for ' + p.placementId }));
    if (!receipt) {
      block.append(el('p', { className: 'note', text: 'This service does not keep receipts, so decisions cannot be recorded on this review.' }));
    } else if (options.length === 0) {
      block.append(el('p', { className: 'note', text: 'No option with a weekly saving to decide on.' }));
    } else {
      options.forEach((f, i) => block.append(decisionForm(receipt, p, f, 'dec-' + p.rank + '-' + i)));
    }
    const findings = detail.querySelector('.detail > ul.findings');
    if (findings) findings.after(block); else detail.querySelector('.detail').append(block);
  });
}

function decisionForm(receipt, p, f, id) {
  const field = (name, label, input) => el('div', { className: 'field' }, el('label', { for: id + '-' + name, text: label }), input);
  const form = el('form', { className: 'decision-form', id, 'data-placement': p.placementId, 'data-option': f.ruleId },
    field('decision', 'Decision', el('select', { id: id + '-decision', name: 'decision' },
      Object.entries(DECISIONS).map(([value, text]) => el('option', { value, text })))),
    field('owner', 'Owner (a role or team)', el('input', { type: 'text', id: id + '-owner', name: 'owner', required: true })),
    field('due', 'Due', el('input', { type: 'date', id: id + '-due', name: 'due', required: true })),
    field('target', 'Target, £ a week (blank: the option\'s ' + money(f.weeklySaving) + ')',
      el('input', { type: 'number', id: id + '-target', name: 'targetWeekly', min: '0', step: '0.01' })),
    field('note', 'Note (no case details)', el('input', { type: 'text', id: id + '-note', name: 'note' })),
    el('button', { type: 'submit', text: 'Record decision' }),
    el('p', { className: 'decision-result', id: id + '-result', role: 'status' }));
  form.addEventListener('submit', async e => {
    e.preventDefault();
    showErrors(null);
    const value = name => form.elements[name].value.trim();
    const body = { receipt, placement: p.placementId, option: f.ruleId, decision: value('decision'),
      owner: value('owner'), due: value('due') };
    if (value('targetWeekly')) body.targetWeekly = Number(value('targetWeekly'));
    if (value('note')) body.note = value('note');
    const result = $(id + '-result');
    result.textContent = 'Recording…';
    try {
      const d = await api('/api/decisions', { method: 'POST', body: JSON.stringify(body) });
      result.textContent = 'Recorded: ' + DECISIONS[d.decision] + ', owner ' + d.owner + ', due ' + d.due
        + (d.targetWeekly !== null ? ', target ' + money(d.targetWeekly) + ' a week' : '')
        + (d.supersedes ? ' (replaces the decision before)' : '') + '.';
      loadOpenActions();
    } catch (err) {
      result.textContent = 'Not recorded.';
      showErrors(err);
    }
  });
  return el('details', { className: 'decision' },
    el('summary', {}, el('span', { className: 'rule-id', text: f.ruleId }), ' ' + f.title + ' (' + money(f.weeklySaving) + ' a week)'),
    form);
}

function initOpenActions() {
  $('open-actions-load').addEventListener('click', loadOpenActions);
}

/** The agreed actions not yet delivered and the decisions still to settle, as the latest recorded review stands. */
async function loadOpenActions() {
  const box = $('open-actions-list');
  box.textContent = 'Loading the open actions…';
  try {
    const list = await api('/api/decisions?open=true');
    const standing = d => d.delivery ? d.delivery.status.replace(/_/g, ' ').toLowerCase() + ' at ' + d.delivery.judgedAtAsOf
      : (d.decision === 'AGREED' ? 'no later review yet' : 'to settle');
    box.replaceChildren(list.decisions.length === 0 ? el('p', { text: 'No open actions.' })
      : el('table', { id: 'open-actions-table' },
        el('caption', { text: list.decisions.length + ' open: agreed actions not yet delivered, and decisions deferred or waiting for information.' }),
        el('thead', {}, el('tr', {}, ['Review of', 'Placement', 'Option', 'Decision', 'Owner', 'Due', 'Target a week',
          'Where it stands', 'Delivered a week'].map((h, i) => el('th', { scope: 'col', className: i === 6 || i === 8 ? 'num' : '', text: h })))),
        el('tbody', {}, list.decisions.map(d => el('tr', {},
          el('td', { text: d.reviewAsOf }), el('th', { scope: 'row', text: d.placementId }), el('td', { text: d.ruleId }),
          el('td', { text: DECISIONS[d.decision] || d.decision }), el('td', { text: d.owner }), el('td', { text: d.due }),
          el('td', { className: 'num', text: money(d.targetWeekly) }), el('td', { text: standing(d) }),
          el('td', { className: 'num', text: d.delivery ? money(d.delivery.deliveredWeekly) : '' }))))));
  } catch (err) {
    box.replaceChildren(el('p', { text: err instanceof ApiFailure && err.status === 404
      ? 'This service does not keep receipts, so it has no decisions.' : 'Could not load the open actions: ' + err.message }));
  }
}

// ---- what-if on the panel page ---------------------------------------------------------------------------------
function whatIfQuery(params) {
  const q = new URLSearchParams();
  Object.entries(params).forEach(([k, v]) => { if (v) q.set(k, v); });
  if ($('against').value) q.set('against', $('against').value);
  $('settings').value.split(/[\n,]+/).map(s => s.trim()).filter(s => s).forEach(s => q.append('set', s));
  return '?' + q.toString();
}

async function loadAlternatives() {
  try {
    const list = await api('/api/alternatives', { quiet: true });
    const select = $('against');
    select.replaceChildren(select.firstElementChild);
    list.alternatives.forEach(a => select.append(el('option', { value: a.name, text: a.name + ' (rulebase '
      + a.rulebaseVersion.substring(0, 12) + ')' })));
  } catch (ignored) { /* no token yet, or not allowed: the base rules with parameters still work */ }
}

function initWhatIf(lastReview) {
  $('whatif-form').addEventListener('submit', async e => {
    e.preventDefault();
    const last = lastReview();
    if (!last) return;
    showErrors(null);
    status('Comparing the two policies…');
    try {
      const result = await api('/api/what-if' + whatIfQuery(last.params), { method: 'POST', body: last.file });
      renderWhatIf(result.whatIf);
      status('Compared: ' + result.whatIf.placements.length + ' placement(s) changed.');
    } catch (err) {
      status('');
      showErrors(err);
    }
  });
  $('download-whatif').addEventListener('click', async () => {
    const last = lastReview();
    if (!last) return;
    showErrors(null);
    try {
      const blob = await api('/api/what-if' + whatIfQuery({ ...last.params, format: 'html' }),
        { method: 'POST', body: last.file, blob: true });
      saveBlob(blob, 'what-if-' + last.asOf + '.html');
    } catch (err) {
      showErrors(err);
    }
  });
}

function renderWhatIf(w) {
  const box = $('whatif-result');
  const d = w.totals.difference.caseload;
  const signed = v => (Number(v) > 0 ? '+' : '') + money(v);
  const rules = w.ruleChanges.map(c => el('li', { text: c.file + ': ' + c.change
    + c.rows.map(r => '; row ' + r.key + ' ' + r.change + r.cells.map(x => ' ' + x.column + ' ' + x.before + ' \u2192 ' + x.after).join('')).join('')
    + c.rules.map(r => '; rule ' + r.id + ' ' + r.change).join('') }));
  const rows = w.placements.map(p => el('tr', {},
    el('th', { scope: 'row', text: p.placementId }), el('td', { text: p.rankBefore + ' \u2192 ' + p.rankAfter }),
    el('td', { className: 'num', text: money(p.savingBefore) }), el('td', { className: 'num', text: money(p.savingAfter) }),
    el('td', { className: 'num', text: signed(p.savingDifference) }),
    el('td', { text: [].concat(p.removed.map(f => 'lost ' + f.ruleId), p.added.map(f => 'gained ' + f.ruleId),
      p.changed.map(f => f.ruleId + ' changed'), p.routesOpened.map(r => 'route opened: ' + r),
      p.routesClosed.map(r => 'route closed: ' + r), p.top ? [p.top + ' the top ' + w.top] : []).join('; ') })));
  box.replaceChildren(
    el('p', { text: 'Base rulebase ' + w.base.rulebaseVersion.substring(0, 12) + ', changed ' + w.changed.rulebaseVersion.substring(0, 12)
      + '. Counted saving across the caseload: ' + signed(d.bestFullYearSaving) + ' a full year, '
      + signed(d.bestInYearSaving) + ' this year.' }),
    el('h3', { text: 'What changed in the rules' }), el('ul', {}, rules),
    el('table', {}, el('caption', { text: w.placements.length + ' of ' + w.placementsReviewed
      + ' placements changed, largest change in counted saving first.' }),
      el('thead', {}, el('tr', {}, ['Placement', 'Rank', 'Saving a year before', 'After', 'Difference', 'What changed']
        .map((h, i) => el('th', { scope: 'col', className: i >= 2 && i <= 4 ? 'num' : '', text: h })))),
      el('tbody', {}, rows)));
}

function renderReview(review) {
  $('result').hidden = false;
  $('summary').textContent = (review.authority || 'Case file') + ', review as of ' + review.asOf + ' (financial year '
    + review.financialYear.start + ' to ' + review.financialYear.end + '). ' + review.reviewed
    + ' placements reviewed, ' + review.rejected.length + ' problem(s) in rejected records. Rulebase '
    + review.rulebaseVersion.substring(0, 12) + '.';
  $('ranked-by').textContent = $('by').value === 'saving' ? 'best full-year saving' : 'net annual cost';
  const rejected = $('rejected');
  rejected.replaceChildren();
  if (review.rejected.length > 0) {
    rejected.append(el('details', {}, el('summary', { text: review.rejected.length + ' problem(s) in rejected records (not reviewed)' }),
      el('ul', {}, review.rejected.map(r => el('li', { text: 'placement ' + r.id + ': ' + r.field + ': ' + r.message })))));
  }
  const body = $('top-table').querySelector('tbody');
  body.replaceChildren();
  review.top.forEach(p => {
    const detailId = 'detail-' + p.rank;
    const button = el('button', { type: 'button', className: 'toggle', 'aria-expanded': 'false',
      'aria-controls': detailId, text: 'Open' });
    button.append(el('span', { className: 'visually-hidden', text: ' details for ' + p.placementId }));
    const row = el('tr', { className: 'placement-row' },
      el('td', { text: p.rank }), el('th', { scope: 'row', text: p.placementId }), el('td', { text: TYPES[p.type] || words(p.type) }),
      el('td', { className: 'num', text: money(p.weeklyCost) }), el('td', { className: 'num', text: money(p.netAnnualCost) }),
      el('td', { className: 'num', text: money(p.costToYearEnd) }),
      el('td', { className: 'num', text: money(p.bestFullYearSaving) }), el('td', {}, button));
    const detail = el('tr', { id: detailId, className: 'detail-row', hidden: true },
      el('td', { colspan: '8' }, placementDetail(p)));
    button.addEventListener('click', () => {
      const open = button.getAttribute('aria-expanded') !== 'true';
      button.setAttribute('aria-expanded', String(open));
      button.firstChild.textContent = open ? 'Close' : 'Open';
      detail.hidden = !open;
    });
    body.append(row, detail);
  });
  const t = review.totals;
  $('totals').replaceChildren(el('p', {}, 'Whole caseload: ' + t.caseload.placements + ' placements, '
    + money(t.caseload.netAnnualCost) + ' net a year; these ' + t.top.placements + ': ' + money(t.top.netAnnualCost)
    + ' net a year, best achievable saving ' + money(t.top.bestFullYearSaving) + ' a full year.'),
    marketTable(review));
}

/** The council's own market (review JSON market[]): weekly cost by type and need band, as the table's "Benchmarks". */
function marketTable(review) {
  const b = review.benchmarks;
  const market = review.market || [];
  if (market.length === 0) return el('p', { id: 'market', text: 'No market: no placements reviewed.' });
  return el('table', { id: 'market', className: 'compact' },
    el('caption', { text: "The council's own market: weekly cost by placement type and need band (quartiles as "
      + 'QUARTILE.INC). Published benchmarks at ' + b.priceYear + ' prices; a group of ' + b.marketMinCount
      + ' or more bought placements with a known need band is a benchmark for CR-17.' }),
    el('thead', {}, el('tr', {}, ['Type', 'Need band', 'Placements', 'Lower quartile', 'Median', 'Upper quartile',
      'Published benchmark', 'CR-17 benchmark'].map((h, i) =>
      el('th', { scope: 'col', className: i >= 2 && i <= 6 ? 'num' : null, text: h })))),
    el('tbody', {}, market.map(m => el('tr', {},
      el('th', { scope: 'row', text: TYPES[m.type] || words(m.type) }),
      el('td', { text: m.band === null ? 'unknown' : words(m.band) }),
      el('td', { className: 'num', text: m.count }),
      el('td', { className: 'num', text: money(m.lowerQuartile) }), el('td', { className: 'num', text: money(m.median) }),
      el('td', { className: 'num', text: money(m.upperQuartile) }),
      el('td', { className: 'num', text: m.publishedBenchmark === null ? 'none' : money(m.publishedBenchmark) }),
      el('td', { text: m.usedAsBenchmark ? 'yes' : 'no' })))));
}

function continuingCareView(cc) {
  if (!cc) return el('p', { text: 'Not assessed.' });
  return el('dl', { className: 'kv' },
    el('dt', { text: 'Status' }), el('dd', { text: cc.status ? words(cc.status) : 'not recorded' }),
    el('dt', { text: 'Agreed health contribution' }), el('dd', { text: money(cc.agreedHealthWeekly) + ' a week' }),
    el('dt', { text: 'Refer to the ICB' }), el('dd', { text: cc.referral ? 'yes' : 'no' }),
    el('dt', { text: 'Indication' }), el('dd', { text: cc.summary || cc.indication || 'none' }),
    el('dt', { text: 'Rules' }), el('dd', { text: (cc.ruleIds || []).join(', ') || 'none' }),
    el('dt', { text: 'DST domains not assessed' }), el('dd', { text: (cc.unknownDomains || []).join(', ') || 'none' }));
}

function apportionmentView(a) {
  if (!a) return el('p', { text: 'Not apportioned.' });
  const funders = [['education', 'Education'], ['health', 'Health'], ['socialCare', 'Social care']]
    .filter(([key]) => a[key]);
  return el('div', {},
    el('table', { className: 'compact' },
      el('caption', { text: 'Who pays (' + a.ruleId + ', ' + a.method + ')' }),
      el('thead', {}, el('tr', {}, ['Funder', 'A week', 'A year', 'Share'].map((h, i) =>
        el('th', { scope: 'col', className: i > 0 ? 'num' : null, text: h })))),
      el('tbody', {}, funders.map(([key, label]) => el('tr', {},
        el('th', { scope: 'row', text: label }), el('td', { className: 'num', text: money(a[key].weekly) }),
        el('td', { className: 'num', text: money(a[key].annual) }),
        el('td', { className: 'num', text: a[key].share === null ? 'not known' : a[key].share + '%' }))))),
    el('ul', {}, (a.components || []).map(c => el('li', {},
      words(c.component) + ' ' + money(c.weekly) + ' a week: ' + words(c.funder) + ' (' + c.ruleId + ')'))),
    (a.notApportioned || []).length ? el('p', { text: 'Not apportioned (amount not known): '
      + a.notApportioned.join(', ') }) : null);
}

function placementDetail(p) {
  const parts = [
    el('h3', { text: 'Findings for ' + p.placementId }), findingsList(p.findings),
    el('h3', { text: 'Continuing care' }), continuingCareView(p.continuingCare),
    el('h3', { text: 'Apportionment' }), apportionmentView(p.apportionment)
  ];
  if (p.stepDown) {
    parts.push(el('h3', { text: 'Step-down' }), criteriaList(p.stepDown.criteria),
      el('h4', { text: 'Routes open' }), routesList(p.stepDown.candidates, true),
      el('h4', { text: 'Nearly open' }), routesList(p.stepDown.nearlyEligible, true));
  }
  parts.push(el('details', {}, el('summary', { text: 'Rule trace (' + (p.trace || []).length + ' rules fired)' }),
    traceList(p.trace)));
  return el('div', { className: 'detail' }, parts);
}

// ---- social worker's page ------------------------------------------------------------------------------------
function initCheck() {
  const run = async (endpoint, render) => {
    showErrors(null);
    const file = $('casefile').files[0];
    const id = $('placement').value.trim();
    if (!file || !id) { showErrors(new Error('choose a case file and give the placement id')); return; }
    status('Checking ' + id + '…');
    try {
      render(await api('/api/' + endpoint + query({ placement: id }), { method: 'POST', body: file }));
      status('Done: ' + id + '.');
    } catch (err) {
      status('');
      $('result').hidden = true;
      showErrors(err);
    }
  };
  $('check-form').addEventListener('submit', e => { e.preventDefault(); run('check', renderCheck); });
  $('explain-submit').addEventListener('click', () => run('explain', renderExplain));
  initFactsForm();
}

// One child's facts, typed in, become a one-placement case file: blank fields are left out (not recorded).
function initFactsForm() {
  $('f-type').replaceChildren(...Object.entries(TYPES).map(([value, label]) => el('option', { value, text: label })));
  $('f-type').value = 'EXTERNAL_CHILDRENS_HOME';
  document.querySelectorAll('select[data-dst]').forEach(select => {
    const levels = DST_LEVELS.slice(0, DST_LEVELS.indexOf(select.dataset.max || 'PRIORITY') + 1);
    select.replaceChildren(el('option', { value: '', text: 'not recorded' }), ...levels.map(l => el('option', { text: l })));
  });
  $('f-asof').value = new Date().toISOString().substring(0, 10);
  $('facts-form').addEventListener('submit', async e => {
    e.preventDefault();
    showErrors(null);
    const caseFile = factsCaseFile();
    const id = caseFile.placements[0].id;
    status('Checking ' + id + '…');
    try {
      renderCheck(await api('/api/check' + query({ placement: id }), {
        method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(caseFile) }));
      status('Done: ' + id + '.');
    } catch (err) {
      status('');
      $('result').hidden = true;
      showErrors(err);
    }
  });
}

function factsCaseFile() {
  const v = id => $(id).value.trim();
  const put = (obj, key, value) => { if (value !== '' && value !== null && value !== undefined) obj[key] = value; };
  const num = id => v(id) === '' ? '' : Number(v(id));
  const bool = id => v(id) === '' ? '' : v(id) === 'true';
  const list = id => v(id) === '' ? '' : (v(id).toLowerCase() === 'none' ? [] : v(id).split(',').map(x => x.trim()).filter(x => x));
  const ref = v('f-ref');
  const placement = { id: 'P-' + ref.replace(/^C-/i, ''), child: { ref, birthMonth: v('f-birth') }, type: v('f-type'),
    start: v('f-start'), weeksPerYear: 52, weekly: { core: num('f-core') } };
  put(placement, 'outOfArea', bool('f-ooa'));
  put(placement, 'staffingRatio', v('f-ratio'));
  put(placement, 'staffingReason', v('f-reason'));
  const needs = {};
  put(needs, 'challengingBehaviour', v('f-cb'));
  put(needs, 'psychological', v('f-psy'));
  placement.needs = needs;
  const stability = {};
  put(stability, 'seriousIncidents', list('f-incidents'));
  put(stability, 'missingEpisodes', list('f-missing'));
  put(stability, 'schoolAttendancePct', num('f-attendance'));
  put(stability, 'placementMoves12m', num('f-moves'));
  put(stability, 'sdqTotal', num('f-sdq'));
  placement.stability = stability;
  const carePlan = {};
  put(carePlan, 'permanenceGoal', v('f-goal'));
  put(carePlan, 'childViewOnMove', v('f-view'));
  put(carePlan, 'familyTimeSupportsMove', bool('f-family'));
  put(carePlan, 'riskFlags', list('f-risks'));
  put(carePlan, 'staffingStepDownPlan', bool('f-plan'));
  placement.carePlan = carePlan;
  const capacity = {};
  put(capacity, 'inHouseFosterVacancies', num('f-foster'));
  put(capacity, 'inHouseResidentialBeds', num('f-beds'));
  put(capacity, 'supportedAccommodationUnits', num('f-units'));
  const asOf = v('f-asof');
  const year = Number(asOf.substring(0, 4)) - (asOf.substring(5) < '04-01' ? 1 : 0);
  return { authority: 'One child (entered on the check page)', asOf,
    financialYear: { start: year + '-04-01', end: (year + 1) + '-03-31' }, capacity, placements: [placement] };
}

function renderCheck(c) {
  const result = $('result');
  result.hidden = false;
  result.replaceChildren(
    el('h2', { text: 'Placement ' + c.placementId + ' (child ' + c.childRef + ', age ' + c.ageOnAsOf + ' on ' + c.asOf + ')' }),
    el('p', { className: 'note', text: c.question }),
    el('p', { className: 'answer', text: c.headline }),
    c.whyNoFamily ? el('p', { text: c.whyNoFamily }) : '',
    c.capacityNote ? el('p', { className: 'note', text: c.capacityNote }) : '',
    el('h3', { text: 'Criteria' }), criteriaList(c.criteria),
    el('h3', { text: 'Routes open' }), routesList(c.candidates, false),
    el('h3', { text: 'Routes nearly open: what would need to change' }), routesList(c.nearlyEligible, false),
    el('h3', { text: 'Costs' }),
    el('p', { text: 'This placement costs ' + money(c.weeklyCost) + ' a week.' }),
    routesList([...(c.candidates || []), ...(c.nearlyEligible || [])], true),
    el('p', { className: 'note', text: 'Rulebase ' + c.rulebaseVersion.substring(0, 12) }));
}

function renderExplain(x) {
  const p = x.placement;
  const result = $('result');
  result.hidden = false;
  result.replaceChildren(
    el('h2', { text: 'Placement ' + p.placementId + ': the rules that fired (as of ' + x.asOf + ')' }),
    el('h3', { text: 'Findings' }), findingsList(p.findings),
    el('h3', { text: 'Rule trace' }), traceList(p.trace),
    el('p', { className: 'note', text: 'Rulebase ' + x.rulebaseVersion.substring(0, 12) }));
}

// ---- auditor's page -----------------------------------------------------------------------------------------
function initRules() {
  $('rules-load').addEventListener('click', async () => {
    showErrors(null);
    status('Loading the catalogue…');
    try {
      renderRules(await api('/api/rules'));
    } catch (err) {
      status('');
      showErrors(err);
    }
  });
}

// Anchors of the reference tables and rows, so a rule's "reads" links land on the row it reads.
function referenceAnchor(file, line) {
  return 'ref-' + file.replace(/[^A-Za-z0-9-]/g, '-') + (line ? '-' + line : '');
}

function readLabel(read) {
  const what = { parameter: 'parameter', family: 'option family', criterion: 'step-down criterion (routes needing it)',
    table: 'every row of', cited: 'cites' };
  return read.kind === 'table' || read.kind === 'cited' ? (what[read.kind] + ' ' + read.file)
    : what[read.kind] + ' ' + read.name + ' (' + read.file + (read.line ? ', line ' + read.line : '') + ')';
}

// One rule, compact: its name and policy source in view; what it reads, its file and its text one click away.
function ruleArticle(r) {
  const reads = r.reads || [];
  return el('article', { className: 'rule', id: 'rule-' + r.id, 'data-search': [r.id, r.name, r.policy,
    ...reads.map(x => x.name)].join(' ').toLowerCase() },
    el('h3', {}, el('span', { className: 'rule-id', text: r.id }), ' ', r.name),
    el('p', { className: 'policy', text: 'Policy source: ' + r.policy }),
    el('details', {}, el('summary', { text: 'Reads ' + reads.length + ' reference item(s); rule text of ' + r.id }),
      el('p', { className: 'reads' }, reads.length === 0 ? 'Reads no reference table.'
        : ['Reads: ', reads.map((x, i) => [i > 0 ? '; ' : '',
          el('a', { href: '#' + referenceAnchor(x.file, x.line), text: readLabel(x) })])]),
      el('p', { className: 'note', text: 'File: ' + r.file + (r.family ? '. Option family: ' + r.family : '') }),
      el('pre', { tabindex: '0', 'aria-label': 'Rule text of ' + r.id },
        el('code', { text: r.source || '(source not found)' }))));
}

function referenceSection(catalogue) {
  const readers = new Map();
  catalogue.rules.forEach(r => (r.reads || []).forEach(x => {
    const key = referenceAnchor(x.file, x.line);
    if (!readers.has(key)) readers.set(key, []);
    if (!readers.get(key).includes(r.id)) readers.get(key).push(r.id);
  }));
  const ruleLinks = ids => ids.map((id, i) => [i > 0 ? ', ' : '', el('a', { href: '#rule-' + id, text: id })]);
  return el('section', { id: 'reference', 'aria-labelledby': 'reference-title' },
    el('h2', { id: 'reference-title', text: 'Reference tables' }),
    el('p', { text: 'The thresholds and rates the rules read, as written in reference/, each row with its source. '
      + '"Read by" links back to the rules.' }),
    (catalogue.reference || []).map(t => el('div', { className: 'reference-table', id: referenceAnchor(t.file) },
      el('h3', { text: t.file }),
      readers.has(referenceAnchor(t.file))
        ? el('p', {}, 'Read as a whole by: ', ruleLinks(readers.get(referenceAnchor(t.file)))) : null,
      el('div', { className: 'scroll', tabindex: '0', role: 'region', 'aria-label': t.file + ' (scrolls sideways)' },
        el('table', {},
          el('caption', { text: t.file + ': ' + t.rows.length + ' row(s)' }),
          el('thead', {}, el('tr', {}, el('th', { scope: 'col', text: 'Line' }),
            t.columns.map(c => el('th', { scope: 'col', text: c })), el('th', { scope: 'col', text: 'Read by' }))),
          el('tbody', {}, t.rows.map((row, i) => el('tr', { id: referenceAnchor(t.file, i + 2) },
            el('td', { text: String(i + 2) }), row.map(cell => el('td', { text: cell })),
            el('td', {}, ruleLinks(readers.get(referenceAnchor(t.file, i + 2)) || []))))))))));
}

// Shows the rules whose id, name, policy text or reference names hold every word typed; hides emptied folders.
function filterRules(text) {
  const terms = text.toLowerCase().split(/\s+/).filter(w => w);
  let shown = 0;
  const articles = document.querySelectorAll('#result article.rule');
  articles.forEach(a => {
    a.hidden = !terms.every(w => a.dataset.search.includes(w));
    if (!a.hidden) shown++;
  });
  document.querySelectorAll('#result section.folder').forEach(section => {
    section.hidden = section.querySelector('article.rule:not([hidden])') === null;
  });
  $('rules-count').textContent = terms.length === 0 ? 'Showing all ' + articles.length + ' rules.'
    : shown + ' of ' + articles.length + ' rules match "' + text.trim() + '".';
}

function renderRules(catalogue) {
  const byFolder = new Map();
  catalogue.rules.forEach(r => {
    if (!byFolder.has(r.folder)) byFolder.set(r.folder, []);
    byFolder.get(r.folder).push(r);
  });
  const result = $('result');
  result.hidden = false;
  const folders = [...byFolder.keys()].sort();
  const search = el('input', { type: 'search', id: 'rules-search', autocomplete: 'off', spellcheck: 'false',
    'aria-describedby': 'rules-count' });
  result.replaceChildren(
    el('p', { text: catalogue.rules.length + ' rules from ' + catalogue.source + '. Rulebase version '
      + catalogue.rulebaseVersion + '.' }),
    el('form', { className: 'row', id: 'rules-search-form', role: 'search' },
      el('label', { for: 'rules-search', text: 'Search the rules (id, name, policy text or a reference name)' }), search),
    el('p', { id: 'rules-count', className: 'note', 'aria-live': 'polite' }),
    el('nav', { 'aria-label': 'Folders' }, el('ul', { className: 'inline' },
      folders.map(f => el('li', {}, el('a', { href: '#folder-' + f, text: f + ' (' + byFolder.get(f).length + ')' }))),
      el('li', {}, el('a', { href: '#reference', text: 'Reference tables (' + (catalogue.reference || []).length + ')' })))),
    ...folders.map(folder => el('section', { className: 'folder', id: 'folder-' + folder,
      'aria-labelledby': 'folder-title-' + folder },
      el('h2', { id: 'folder-title-' + folder, text: folder + '/' }),
      byFolder.get(folder).map(ruleArticle))),
    referenceSection(catalogue));
  $('rules-search-form').addEventListener('submit', e => e.preventDefault());
  search.addEventListener('input', () => filterRules(search.value));
  // a "read by" link to a rule the search has hidden shows every rule again
  window.onhashchange = () => {
    const target = document.getElementById(decodeURIComponent(location.hash.substring(1)));
    if (target && target.matches('article.rule') && target.hidden) {
      search.value = '';
      filterRules('');
      target.scrollIntoView();
    }
  };
  filterRules('');
  status('Showing ' + catalogue.rules.length + ' rules.');
}

// ---- auditor's receipts page -------------------------------------------------------------------------------
function initReceipts() {
  $('receipts-form').addEventListener('submit', async event => {
    event.preventDefault();
    showErrors(null);
    status('Loading the receipts…');
    try {
      const log = await api('/api/receipts' + query({
        rule: $('receipts-rule').value.trim(), placement: $('receipts-placement').value.trim(),
        rulebase: $('receipts-rulebase').value.trim(), since: $('receipts-since').value }));
      renderReceipts(log.receipts);
    } catch (err) {
      status('');
      showErrors(err);
    }
  });
}

function renderReceipts(receipts) {
  const result = $('result');
  result.hidden = false;
  const rows = receipts.map(r => el('tr', {},
    el('td', {}, el('code', { text: r.id })), el('td', { text: r.recordedAt }),
    el('td', { text: r.command + ' (' + r.format + ')' }), el('td', { text: r.asOf }),
    el('td', {}, el('code', { text: r.rulebaseVersion.substring(0, 12) })),
    el('td', { text: String(r.reviewed) }), el('td', { text: r.runBy }),
    el('td', {}, r.purgedAt ? 'purged ' + r.purgedAt.substring(0, 10)
      : el('button', { type: 'button', className: 'replay', 'data-id': r.id, text: 'Replay' })),
    el('td', { id: 'replay-' + r.id, 'aria-live': 'polite' })));
  result.replaceChildren(receipts.length === 0 ? el('p', { text: 'No receipts match.' })
    : el('table', {}, el('caption', { text: receipts.length + ' receipt(s), newest first' }),
      el('thead', {}, el('tr', {}, ['Receipt', 'Recorded (UTC)', 'Command', 'As of', 'Rulebase', 'Reviewed',
        'Run by', '', 'Replay'].map(h => el('th', { scope: 'col', text: h })))),
      el('tbody', {}, rows)));
  result.querySelectorAll('button.replay').forEach(button => button.addEventListener('click', async () => {
    const cell = $('replay-' + button.dataset.id);
    cell.textContent = 'replaying…';
    try {
      const verdict = await api('/api/receipts/' + encodeURIComponent(button.dataset.id) + '/replay',
        { method: 'POST' });
      cell.replaceChildren(el('strong', { text: verdict.outcome.replace(/_/g, ' ').toLowerCase() }),
        verdict.firstDifference ? el('span', { text: ': first difference at ' + verdict.firstDifference.path
          + ' (recorded ' + verdict.firstDifference.recorded + ', now ' + verdict.firstDifference.replayed + ')' })
          : null);
    } catch (err) {
      cell.textContent = '';
      showErrors(err);
    }
  }));
  status('Showing ' + receipts.length + ' receipt(s).');
}

// ---- index page ---------------------------------------------------------------------------------------------
async function initIndex() {
  try {
    const response = await fetch('/api/health', { cache: 'no-store' });
    const health = await response.json();
    $('health').textContent = health.status + ', ' + health.rules + ' rules, rulebase ' + health.rulebaseVersion.substring(0, 12);
  } catch (err) {
    $('health').textContent = 'not reachable';
  }
}

document.addEventListener('DOMContentLoaded', () => {
  initToken();
  initWorking();
  const page = document.body.dataset.page;
  if (page === 'panel') initPanel();
  else if (page === 'check') initCheck();
  else if (page === 'rules') initRules();
  else if (page === 'receipts') initReceipts();
  else if (page === 'index') initIndex();
});
