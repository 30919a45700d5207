// Marquee web configurator. Vanilla JS, no dependencies, no request to anything but this origin.
// Controls come from /server-caps `params` (the core parameter registry); a URL only carries the values
// that differ from `param_defaults`, so "sending a default" never happens (reference §7.3).
'use strict';

(() => {
  const STORE = {
    settings: 'marquee_settings',
    theme: 'marquee_theme',
    selection: 'marquee_selection',
    accessKey: 'marquee_access_key',
    tmdbKey: 'marquee_tmdb_key',
    urlForm: 'marquee_url_form',
    tab: 'marquee_tab',
    preset: 'marquee_preset',
  };
  const GROUPS = ['Core', 'Rating', 'Logo', 'Sash', 'Quality', 'Weights'];
  // The bundled sample library (resources/samples): renders with no key and no network.
  const SAMPLES = [
    { imdb: 'tt90000001', tmdb: 90000001, type: 'movie', title: 'Saltwater Hymn', year: 2021 },
    { imdb: 'tt90000002', tmdb: 90000002, type: 'movie', title: 'Starfall Meridian', year: 2024 },
    { imdb: 'tt90000003', tmdb: 90000003, type: 'movie', title: 'The Hollow Orchard', year: 1987 },
    { imdb: 'tt90000004', tmdb: 90000004, type: 'movie', title: 'The Blue Hours', year: 2019 },
    { imdb: 'tt90000005', tmdb: 90000005, type: 'movie', title: 'Pie in the Sky', year: 2023 },
    { imdb: 'tt90000006', tmdb: 90000006, type: 'movie', title: 'The Long Dust', year: 1994 },
    { imdb: 'tt90000007', tmdb: 90000007, type: 'tv', title: 'Cinder Street', year: 2020 },
    { imdb: 'tt90000008', tmdb: 90000008, type: 'tv', title: 'The Marvellous Midnight Voyages of Professor Plum and the Clockwork Moon', year: 2016 },
  ];
  // Friendlier words for the registry's numbered modes and a few names (reference §7.2).
  const ENUM_LABELS = {
    rating_display_mode: ['Hidden', 'Rating bar', 'Clean score', 'Minimal', 'Bar'],
    score_color_mode: ['Light', 'Dark / light', 'Prestige', 'Custom'],
    accent_bar_append_mode: ['Year', 'Info sash', 'Year + sash'],
    minimalist_append_mode: ['Year', 'Rating', 'Both', 'Split'],
    badge_display_mode: ['Hidden', 'Quality + age', 'Badge row', 'Age only', 'Notch', 'Combined', 'Bookmark'],
  };
  const LABELS = {
    top_gradient: 'Top vignette', bottom_gradient: 'Bottom vignette',
    vignette_poster_color_top: 'Top colour from poster', vignette_poster_color_bottom: 'Bottom colour from poster',
    vignette_color_ramp: 'Two-tone vignette', vignette_color_local: 'Blend into nearby art',
    top_vignette_sash_only: 'Top vignette only behind sash', score_color_mode: 'Colour palette',
    score_custom_palette: 'Custom palette (score:hex)', rating_text_color: 'Rating text colour',
    use_original_art: 'Original art', logo_max_w_ratio: 'Logo width', logo_max_h_ratio: 'Logo height',
    logo_bottom_ratio: 'Logo position', sash_mode: 'Info sash', sash_priority: 'Sash priority',
    badge_display_mode: 'Quality display', badge_min_score: 'Minimum quality', fallback_to_imdb: 'Fall back to IMDb',
    movie_weights: 'Movie weights', tv_weights: 'Series weights', anime_movie_weights: 'Anime movie weights',
    anime_tv_weights: 'Anime series weights', bar_bottom_inset: 'Bar inset (client)', sash_badge_inset: 'Notch inset (client)',
    badge_pos: 'Badge position', fallback_bg_style: 'Fallback art style', landscape_art: 'Landscape art',
    logo_language_secondary: 'Secondary logo language', cinema_greyscale: 'Greyscale if unavailable',
    cinema_greyscale_skip_if_available: 'Skip greyscale when streamable', release_status_cinema_only: 'Release status: unavailable only',
    release_status_dates: 'Release status: show date', sash_badge_size_w: 'Notch width', sash_badge_size_h: 'Notch height',
    sash_badge_pad: 'Notch padding', sash_badge_font_ratio: 'Notch font size', sash_badge_frost_opacity: 'Notch opacity',
    sash_badge_frost_saturation: 'Notch saturation', sash_badge_style: 'Notch style', notch_vignette_color: 'Match tinted vignette',
    sash_length_ratio: 'Distance from corner', sash_height_ratio: 'Sash size', sash_winner_star: 'Winner star',
    muted: 'Muted sashes', sash_poster_color: 'Sash colour from poster', sash_text_color: 'Sash text colour',
    hide_genre: 'Hide genre', score_glow_alpha: 'Glow brightness', textless: 'Textless art',
  };

  const state = {
    caps: null,
    params: [],
    byName: new Map(),
    defaults: {},
    values: {},
    selection: null,
    urlForm: 'poster',
    lock: false,
    preset: '',
    presetSnapshot: null,
    previewTimer: 0,
    previewStarted: 0,
    searchTimer: 0,
    searchSeq: 0,
  };

  const $ = (id) => document.getElementById(id);
  const store = {
    get(key, fallback = null) {
      try { const v = localStorage.getItem(key); return v === null ? fallback : v; } catch { return fallback; }
    },
    set(key, value) {
      try { if (value === null || value === undefined || value === '') localStorage.removeItem(key); else localStorage.setItem(key, value); } catch { /* private mode */ }
    },
  };

  // ---- theme ---------------------------------------------------------------------------------------
  function applyTheme() {
    const theme = store.get(STORE.theme);
    if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;
    else delete document.documentElement.dataset.theme;
  }
  function currentTheme() {
    const set = document.documentElement.dataset.theme;
    if (set) return set;
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
  }
  function toggleTheme() {
    store.set(STORE.theme, currentTheme() === 'dark' ? 'light' : 'dark');
    applyTheme();
  }

  // ---- helpers -------------------------------------------------------------------------------------
  function humanize(name) {
    if (LABELS[name]) return LABELS[name];
    const text = name.replace(/_ratio$/, '').replace(/_/g, ' ');
    return text.charAt(0).toUpperCase() + text.slice(1);
  }
  function enc(value) {
    return encodeURIComponent(value).replace(/%2C/gi, ',').replace(/%3A/gi, ':').replace(/%40/g, '@');
  }
  function decimalsFor(step) {
    const s = String(step);
    return s.includes('.') ? s.split('.')[1].length : 0;
  }
  function stepFor(param) {
    if (param.type === 'int') return 1;
    const span = (param.max ?? 1) - (param.min ?? 0);
    if (span <= 0.1) return 0.001;
    if (span <= 2) return 0.005;
    if (span <= 5) return 0.01;
    return 0.1;
  }
  function sameValue(param, a, b) {
    if (a === b) return true;
    if (param && (param.type === 'int' || param.type === 'real')) {
      const x = Number(a), y = Number(b);
      return a !== '' && b !== '' && Number.isFinite(x) && Number.isFinite(y) && Math.abs(x - y) < 1e-9;
    }
    if (param && param.type === 'bool') return normalizeBool(a) === normalizeBool(b);
    if (param && (param.type === 'color')) return String(a).replace('#', '').toUpperCase() === String(b).replace('#', '').toUpperCase();
    return String(a ?? '') === String(b ?? '');
  }
  function normalizeBool(v) {
    return ['1', 'true', 'yes', 'on'].includes(String(v).trim().toLowerCase()) ? 'true' : 'false';
  }
  function isPlaceholder(v) { return /^\{[a-z_]+\??\}$/.test(v || ''); }
  function message(text, kind = 'info') {
    const el = $('message');
    el.textContent = text || '';
    el.dataset.kind = kind;
  }
  function accessKey() { return store.get(STORE.accessKey, ''); }
  function tmdbKey() { return store.get(STORE.tmdbKey, ''); }

  // ---- values <-> queries --------------------------------------------------------------------------
  function findParam(name) {
    if (state.byName.has(name)) return state.byName.get(name);
    return state.params.find((p) => (p.aliases || []).includes(name)) || null;
  }
  function resetValues() {
    state.values = { ...state.defaults };
  }
  function applyQuery(query) {
    const params = query instanceof URLSearchParams ? query : new URLSearchParams(query || '');
    for (const [name, raw] of params) {
      const param = findParam(name);
      if (!param) continue;
      state.values[param.name] = param.type === 'bool' ? normalizeBool(raw) : raw;
    }
  }
  // Non-default values in registry order, as URL pairs.
  function changedPairs() {
    const pairs = [];
    for (const param of state.params) {
      const value = state.values[param.name];
      if (value === undefined || sameValue(param, value, state.defaults[param.name])) continue;
      pairs.push([param.name, value]);
    }
    return pairs;
  }
  function queryText(pairs) {
    return pairs.map(([k, v]) => `${k}=${enc(v)}`).join('&');
  }
  function isModified() {
    if (!state.presetSnapshot) return changedPairs().length > 0;
    return state.params.some((p) => !sameValue(p, state.values[p.name], state.presetSnapshot[p.name]));
  }

  // ---- presets -------------------------------------------------------------------------------------
  function presetEntries() {
    const caps = state.caps || {};
    const builtIn = (caps.presets || []).map((p) => ({ id: p.id, name: p.name, description: p.description, query: p.query || '', user: false }));
    const user = (caps.user_presets || []).map((p) => ({ id: p.name, name: p.name, description: 'Saved on this server', query: p.query || '', user: true }));
    return { builtIn, user, all: builtIn.concat(user) };
  }
  function fillPresetSelect() {
    const select = $('preset-select');
    const { builtIn, user } = presetEntries();
    select.replaceChildren();
    if (!state.lock) select.append(new Option('Server defaults', ''));
    const group = (label, items) => {
      if (!items.length) return;
      const g = document.createElement('optgroup');
      g.label = label;
      for (const item of items) g.append(new Option(item.name, item.id));
      select.append(g);
    };
    group('Built-in styles', builtIn);
    group('Saved on this server', user);
    fillPresetCards(builtIn.concat(user));
    const known = [...select.options].some((o) => o.value === state.preset);
    select.value = known ? state.preset : state.lock && builtIn[0] ? builtIn[0].id : '';
  }
  // Preset-only mode shows the styles as cards: the picker is the whole page there (reference §7.8).
  function fillPresetCards(entries) {
    const cards = $('preset-cards');
    cards.replaceChildren();
    cards.hidden = !state.lock;
    if (!state.lock) return;
    for (const entry of entries) {
      const card = document.createElement('button');
      card.type = 'button';
      card.className = 'preset-card';
      card.setAttribute('role', 'option');
      card.dataset.preset = entry.id;
      const name = document.createElement('strong');
      name.textContent = entry.name;
      const text = document.createElement('span');
      text.textContent = entry.description || '';
      card.append(name, text);
      card.addEventListener('click', () => loadPreset(entry.id));
      cards.append(card);
    }
  }
  function markPresetCard() {
    for (const card of $('preset-cards').children) card.setAttribute('aria-selected', String(card.dataset.preset === state.preset));
  }

  function loadPreset(id, { quiet = false } = {}) {
    const entry = presetEntries().all.find((p) => p.id === id);
    resetValues();
    if (entry) applyQuery(entry.query);
    state.preset = entry ? entry.id : '';
    state.presetSnapshot = { ...state.values };
    store.set(STORE.preset, state.preset);
    $('preset-select').value = state.preset;
    $('preset-description').textContent = entry ? entry.description : 'Marquee\u2019s own defaults, as this server publishes them.';
    if (entry && entry.user) $('save-name').value = entry.id;
    markPresetCard();
    syncControls();
    changed({ keepPreset: true });
    if (!quiet) message(entry ? `Loaded \u201c${entry.name}\u201d.` : 'Back to the server defaults.');
  }

  // ---- controls ------------------------------------------------------------------------------------
  const controls = new Map(); // name -> { row, sync() }

  function visible(name) {
    const v = state.values;
    const mode = Number(v.rating_display_mode);
    const sash = v.sash_mode;
    const badges = Number(v.badge_display_mode);
    if (/^(accent_bar_|score_glow_)/.test(name)) return mode === 1;
    if (/^numeric_score_|^score_out_of_10$/.test(name)) return mode === 2;
    if (/^minimalist_/.test(name)) return mode === 3;
    if (/^bar_(style|accent|append|score_out_of_10|height_ratio|font_size_ratio|frost_)|^frost_reference$/.test(name)) return mode === 4;
    if (name === 'bar_bottom_inset') return mode === 1 || mode === 4;
    if (name === 'score_custom_palette') return Number(v.score_color_mode) === 3;
    if (/^sash_badge_|^notch_vignette_color$/.test(name)) return sash === 'notch';
    if (/^(sash_length_ratio|sash_height_ratio|muted|sash_poster_color)$/.test(name)) return sash === 'sash';
    if (/^(sash_priority|sash_winner_star|sash_text_color)$/.test(name)) return sash !== 'hidden';
    if (/^top_gradient_(opacity|height)$/.test(name)) return v.top_gradient === 'custom';
    if (/^bottom_gradient_(opacity|height)$/.test(name)) return v.bottom_gradient === 'custom';
    if (/^vignette_color_(saturation|lightness|blur)$/.test(name)) return v.vignette_poster_color_top === 'true' || v.vignette_poster_color_bottom === 'true';
    if (/^badge_(height|gap|anchor_x|anchor_y|min_score)$|^combined_badge_stacked$|^wait_for_quality$|^greyscale_no_quality$/.test(name)) return badges !== 0;
    if (name === 'original_art_source') return v.use_original_art === 'true';
    return true;
  }

  function row(param, control, { wide = false } = {}) {
    const el = document.createElement('div');
    el.className = 'control' + (wide ? ' wide' : '');
    el.dataset.param = param.name;
    const label = document.createElement('label');
    label.className = 'control-label';
    label.textContent = humanize(param.name);
    label.title = param.name;
    const id = `ctl-${param.name}`;
    label.htmlFor = id;
    const reset = document.createElement('button');
    reset.type = 'button';
    reset.className = 'reset-dot';
    reset.title = 'Back to default';
    reset.setAttribute('aria-label', `Reset ${humanize(param.name)}`);
    reset.addEventListener('click', () => setValue(param.name, state.defaults[param.name]));
    const head = document.createElement('div');
    head.className = 'control-head';
    head.append(label, reset);
    el.append(head, control);
    return { el, id };
  }

  function setValue(name, value) {
    state.values[name] = value;
    const c = controls.get(name);
    if (c) c.sync();
    changed();
  }

  function buildNumber(param) {
    const wrap = document.createElement('div');
    wrap.className = 'slider';
    const range = document.createElement('input');
    range.type = 'range';
    const step = stepFor(param);
    range.min = param.min; range.max = param.max; range.step = step;
    const number = document.createElement('input');
    number.type = 'number';
    number.min = param.min; number.max = param.max; number.step = step;
    number.className = 'slider-value';
    wrap.append(range, number);
    const { el, id } = row(param, wrap);
    range.id = id;
    number.setAttribute('aria-label', `${humanize(param.name)} value`);
    const digits = decimalsFor(step);
    const format = (v) => (param.type === 'int' ? String(Math.round(v)) : Number(v).toFixed(Math.max(2, digits)));
    range.addEventListener('input', () => { number.value = format(range.value); state.values[param.name] = number.value; changed(); });
    number.addEventListener('change', () => {
      let v = Number(number.value);
      if (!Number.isFinite(v)) v = Number(state.defaults[param.name]);
      v = Math.min(param.max, Math.max(param.min, v));
      setValue(param.name, format(v));
    });
    const sync = () => {
      const v = Number(state.values[param.name]);
      range.value = v;
      number.value = format(v);
      paintRange(range);
    };
    range.addEventListener('input', () => paintRange(range));
    return { el, sync };
  }
  function paintRange(range) {
    const pct = ((Number(range.value) - Number(range.min)) / ((Number(range.max) - Number(range.min)) || 1)) * 100;
    range.style.setProperty('--fill', `${pct}%`);
  }

  function buildSegmented(param, options) {
    const group = document.createElement('div');
    group.className = 'segmented' + (options.length > 4 ? ' many' : '');
    group.setAttribute('role', 'radiogroup');
    const { el, id } = row(param, group, { wide: options.length > 3 });
    group.id = id;
    group.setAttribute('aria-label', humanize(param.name));
    const buttons = options.map(([value, label]) => {
      const b = document.createElement('button');
      b.type = 'button';
      b.setAttribute('role', 'radio');
      b.dataset.value = value;
      b.textContent = label;
      b.addEventListener('click', () => setValue(param.name, value));
      group.append(b);
      return b;
    });
    const sync = () => {
      for (const b of buttons) b.setAttribute('aria-checked', String(sameValue(param, b.dataset.value, state.values[param.name])));
    };
    return { el, sync };
  }

  function buildSelect(param, options) {
    const select = document.createElement('select');
    for (const [value, label] of options) select.append(new Option(label, value));
    const { el, id } = row(param, select);
    select.id = id;
    select.addEventListener('change', () => setValue(param.name, select.value));
    return { el, sync: () => { select.value = state.values[param.name]; } };
  }

  function buildToggle(param) {
    const label = document.createElement('label');
    label.className = 'switch';
    const input = document.createElement('input');
    input.type = 'checkbox';
    input.setAttribute('role', 'switch');
    const knob = document.createElement('span');
    knob.className = 'switch-track';
    label.append(input, knob);
    const { el, id } = row(param, label);
    el.classList.add('toggle-row');
    input.id = id;
    input.addEventListener('change', () => setValue(param.name, input.checked ? 'true' : 'false'));
    return { el, sync: () => { input.checked = normalizeBool(state.values[param.name]) === 'true'; } };
  }

  function buildColor(param) {
    const wrap = document.createElement('div');
    wrap.className = 'color';
    const picker = document.createElement('input');
    picker.type = 'color';
    const text = document.createElement('input');
    text.type = 'text';
    text.placeholder = param.type === 'color_or_word' ? (param.choices || []).filter(Boolean).join(' / ') || 'hex' : 'default';
    text.spellcheck = false;
    text.maxLength = 7;
    wrap.append(picker, text);
    const { el, id } = row(param, wrap);
    text.id = id;
    picker.setAttribute('aria-label', `${humanize(param.name)} picker`);
    picker.addEventListener('input', () => setValue(param.name, picker.value.replace('#', '').toUpperCase()));
    text.addEventListener('change', () => setValue(param.name, text.value.trim().replace('#', '')));
    const sync = () => {
      const v = state.values[param.name] || '';
      text.value = v;
      picker.value = /^[0-9a-f]{6}$/i.test(v) ? `#${v}` : '#ffffff';
      wrap.classList.toggle('unset', !/^[0-9a-f]{6}$/i.test(v));
    };
    return { el, sync };
  }

  function buildText(param, multiline = false) {
    const input = document.createElement(multiline ? 'textarea' : 'input');
    if (!multiline) input.type = 'text';
    else input.rows = 3;
    input.spellcheck = false;
    if (param.type === 'sash_priority') input.placeholder = 'default  ·  or a list: wins,festival,cult  ·  or a diff: default,-cult';
    if (param.type === 'palette') input.placeholder = '0:#FF5050 50:#FFD25A 70:#78FFA0 85:#BE8CFF';
    const { el, id } = row(param, input, { wide: multiline });
    input.id = id;
    input.addEventListener('change', () => setValue(param.name, input.value.trim()));
    return { el, sync: () => { input.value = state.values[param.name] || ''; } };
  }

  function parseWeights(text) {
    const map = {};
    for (const part of String(text || '').split(',')) {
      const [k, w] = part.split(':');
      if (k && w !== undefined && Number.isFinite(Number(w))) map[k.trim()] = Number(w);
    }
    return map;
  }
  function buildWeights(param) {
    const wrap = document.createElement('div');
    wrap.className = 'weights';
    const enable = document.createElement('label');
    enable.className = 'check';
    const box = document.createElement('input');
    box.type = 'checkbox';
    enable.append(box, document.createTextNode(' Custom weights (otherwise the server\u2019s)'));
    const grid = document.createElement('div');
    grid.className = 'weight-grid';
    const total = document.createElement('div');
    total.className = 'weight-total';
    wrap.append(enable, grid, total);
    const { el, id } = row(param, wrap, { wide: true });
    box.id = id;
    const sources = param.choices || [];
    const sliders = sources.map((source) => {
      const line = document.createElement('label');
      line.className = 'weight';
      const name = document.createElement('span');
      name.textContent = source;
      const range = document.createElement('input');
      range.type = 'range'; range.min = 0; range.max = 100; range.step = 1;
      const pct = document.createElement('output');
      line.append(name, range, pct);
      grid.append(line);
      range.addEventListener('input', () => { pct.textContent = `${range.value}%`; paintRange(range); commit(); });
      return { source, range, pct };
    });
    function commit() {
      const parts = sliders.filter((s) => Number(s.range.value) > 0).map((s) => `${s.source}:${(Number(s.range.value) / 100).toFixed(2)}`);
      state.values[param.name] = parts.length ? parts.join(',') : `${sources[0]}:0.00`;
      syncTotal();
      changed();
    }
    function syncTotal() {
      const sum = sliders.reduce((a, s) => a + Number(s.range.value), 0);
      total.textContent = `Total ${sum}%`;
      total.dataset.state = sum === 100 ? 'ok' : sum > 100 ? 'over' : 'under';
    }
    // The server's own blend (reference §3.2) seeds the sliders when custom weights are switched on.
    const SEEDS = { movie_weights: 'letterboxd:0.80,tomatoes:0.20', tv_weights: 'trakt:0.80,tomatoes:0.20',
      anime_movie_weights: 'letterboxd:0.80,tomatoes:0.20', anime_tv_weights: 'trakt:0.80,tomatoes:0.20' };
    box.addEventListener('change', () => {
      const seed = state.defaults[param.name] || SEEDS[param.name] || `${sources[0]}:1.00`;
      state.values[param.name] = box.checked ? seed : state.defaults[param.name];
      sync();
      changed();
    });
    function sync() {
      const value = state.values[param.name] || '';
      box.checked = value !== '';
      grid.classList.toggle('off', !box.checked);
      const weights = parseWeights(value || SEEDS[param.name]);
      for (const s of sliders) {
        s.range.value = Math.round((weights[s.source] || 0) * 100);
        s.pct.textContent = `${s.range.value}%`;
        s.range.disabled = !box.checked;
        paintRange(s.range);
      }
      syncTotal();
      total.hidden = !box.checked;
    }
    return { el, sync };
  }

  function buildControl(param) {
    const labels = ENUM_LABELS[param.name];
    if (labels && param.type === 'int') {
      const options = [];
      for (let i = param.min; i <= param.max; i++) options.push([String(i), labels[i] ?? String(i)]);
      return options.length > 5 ? buildSelect(param, options) : buildSegmented(param, options);
    }
    switch (param.type) {
      case 'int':
      case 'real':
        return buildNumber(param);
      case 'bool':
        return buildToggle(param);
      case 'choice': {
        const options = (param.choices || []).map((c) => [c, c === '' ? 'none' : humanize(c)]);
        return options.length <= 4 ? buildSegmented(param, options) : buildSelect(param, options);
      }
      case 'color':
      case 'color_or_word':
        return buildColor(param);
      case 'weights':
        return buildWeights(param);
      case 'sash_priority':
      case 'palette':
        return buildText(param, true);
      default:
        return buildText(param);
    }
  }

  function buildTabs() {
    const tabs = $('tabs');
    const panels = $('tab-panels');
    tabs.replaceChildren();
    panels.replaceChildren();
    controls.clear();
    const saved = store.get(STORE.tab, 'Core');
    for (const group of GROUPS) {
      const params = state.params.filter((p) => p.group === group);
      if (!params.length) continue;
      const tab = document.createElement('button');
      tab.type = 'button';
      tab.className = 'tab';
      tab.id = `tab-${group}`;
      tab.setAttribute('role', 'tab');
      tab.textContent = group;
      tab.dataset.group = group;
      const panel = document.createElement('div');
      panel.className = 'tab-panel';
      panel.id = `panel-${group}`;
      panel.setAttribute('role', 'tabpanel');
      panel.setAttribute('aria-labelledby', tab.id);
      for (const param of params) {
        const control = buildControl(param);
        controls.set(param.name, control);
        panel.append(control.el);
      }
      const more = document.createElement('p');
      more.className = 'hidden-note';
      panel.append(more);
      tab.addEventListener('click', () => selectTab(group));
      tab.addEventListener('keydown', (e) => {
        const list = [...tabs.children];
        const i = list.indexOf(tab);
        if (e.key === 'ArrowRight' || e.key === 'ArrowLeft') {
          const next = list[(i + (e.key === 'ArrowRight' ? 1 : list.length - 1)) % list.length];
          next.focus();
          selectTab(next.dataset.group);
        }
      });
      tabs.append(tab);
      panels.append(panel);
    }
    selectTab(GROUPS.includes(saved) ? saved : 'Core');
  }
  function selectTab(group) {
    for (const tab of $('tabs').children) {
      const on = tab.dataset.group === group;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
    }
    for (const panel of $('tab-panels').children) panel.hidden = panel.id !== `panel-${group}`;
    store.set(STORE.tab, group);
  }
  function syncControls() {
    for (const c of controls.values()) c.sync();
    syncVisibility();
  }
  function syncVisibility() {
    for (const panel of $('tab-panels').children) {
      let hidden = 0;
      for (const el of panel.querySelectorAll('.control')) {
        const show = visible(el.dataset.param);
        el.hidden = !show;
        if (!show) hidden++;
        el.classList.toggle('changed', !sameValue(state.byName.get(el.dataset.param), state.values[el.dataset.param], state.defaults[el.dataset.param]));
      }
      const note = panel.querySelector('.hidden-note');
      if (note) note.textContent = hidden ? `${hidden} more setting${hidden === 1 ? '' : 's'} apply to other modes.` : '';
    }
  }

  // ---- URLs ----------------------------------------------------------------------------------------
  function origin() { return window.location.origin; }
  function titleId(sel) { return sel.imdb || String(sel.tmdb); }
  function previewUrl() {
    const sel = state.selection;
    if (!sel) return '';
    if (state.lock) {
      if (!state.preset) return '';
      return `/p/${encodeURIComponent(state.preset)}/${sel.type}/${titleId(sel)}.jpg`;
    }
    const parts = [];
    if (sel.tmdb) parts.push(`tmdb_id=${sel.tmdb}`);
    if (sel.imdb) parts.push(`imdb_id=${sel.imdb}`);
    parts.push(`type=${sel.type}`);
    const q = queryText(changedPairs());
    if (q) parts.push(q);
    if (accessKey()) parts.push(`access_key=${enc(accessKey())}`);
    if (tmdbKey()) parts.push(`tmdb_key=${enc(tmdbKey())}`);
    return `/poster?${parts.join('&')}`;
  }
  function presetForUrl() {
    if (state.preset && !isModified()) return state.preset;
    return '';
  }
  function templateUrl() {
    const form = state.lock && state.urlForm === 'poster' ? 'preset' : state.urlForm;
    if (form === 'poster') {
      const parts = ['tmdb_id={tmdb_id}', 'type={type}'];
      const q = queryText(changedPairs());
      if (q) parts.push(q);
      if (accessKey() && state.caps && state.caps.access_key_valid) parts.push(`access_key=${enc(accessKey())}`);
      return { url: `${origin()}/poster?${parts.join('&')}`, hint: 'Paste into AIOMetadata or any addon that fills {tmdb_id} and {type}.' };
    }
    const preset = presetForUrl();
    if (form === 'preset') {
      if (!preset) return { url: '', hint: state.lock ? 'Pick a preset style first.' : 'Pick a preset, or save these settings as a preset (below) to get a /p URL.' };
      return { url: `${origin()}/p/${preset}/{type}/{imdb_id}.jpg`, hint: 'Anonymous and CDN-friendly: the look lives on the server under its name.' };
    }
    let key = preset;
    if (!key && !state.lock && changedPairs().length === 0 && accessKey() && state.caps && state.caps.access_key_valid) key = accessKey();
    if (!key) return { url: '', hint: 'The RPDB form names a preset (or your access key for the default look): pick or save one first.' };
    return { url: `${origin()}/${enc(key)}/imdb/poster-default/{imdb_id}.jpg`, hint: `For RPDB-only addons: base URL ${origin()}, API key \u201c${key === accessKey() ? 'your access key' : key}\u201d.` };
  }
  function renderUrl() {
    const { url, hint } = templateUrl();
    $('url-output').value = url;
    $('url-hint').textContent = hint;
    $('copy-button').disabled = !url;
    for (const b of $('url-form').children) b.setAttribute('aria-checked', String(b.dataset.form === state.urlForm));
  }

  // ---- change handling -----------------------------------------------------------------------------
  function changed({ keepPreset = false } = {}) {
    if (!keepPreset && state.preset && isModified()) $('preset-description').textContent = 'Modified \u2014 save it as a preset to serve it at /p.';
    store.set(STORE.settings, queryText(changedPairs()));
    syncVisibility();
    renderUrl();
    schedulePreview();
  }

  // ---- preview -------------------------------------------------------------------------------------
  function setStatus(kind, text) {
    const pill = $('preview-status');
    pill.dataset.state = kind;
    pill.textContent = text;
  }
  function schedulePreview() {
    clearTimeout(state.previewTimer);
    state.previewTimer = setTimeout(loadPreview, 250);
  }
  function loadPreview() {
    const img = $('preview-image');
    const url = previewUrl();
    if (!url) { setStatus('idle', state.lock ? 'Pick a style' : 'Pick a title'); return; }
    if (img.getAttribute('src') === url && img.complete && img.naturalWidth) return;
    state.previewStarted = performance.now();
    setStatus('loading', 'Rendering\u2026');
    $('poster-frame').classList.add('loading');
    img.src = url;
  }
  async function previewFailed() {
    $('poster-frame').classList.remove('loading');
    const url = $('preview-image').getAttribute('src');
    let detail = 'The server could not render this poster.';
    try {
      const reply = await fetch(url, { cache: 'no-store' });
      const body = await reply.json();
      if (body && body.detail) detail = `${reply.status}: ${body.detail}`;
    } catch { /* keep the generic text */ }
    setStatus('error', 'Error');
    $('preview-timing').textContent = '';
    message(detail, 'error');
  }
  function previewLoaded() {
    $('poster-frame').classList.remove('loading');
    const ms = Math.round(performance.now() - state.previewStarted);
    setStatus('ok', 'OK');
    const img = $('preview-image');
    $('preview-timing').textContent = `${img.naturalWidth}\u00d7${img.naturalHeight} \u00b7 ${ms} ms`;
    if ($('message').dataset.kind === 'error') message('');
  }

  // ---- search --------------------------------------------------------------------------------------
  function select(sel) {
    state.selection = sel;
    store.set(STORE.selection, JSON.stringify(sel));
    $('selection-title').textContent = sel.title;
    const ids = [sel.type === 'tv' ? 'Series' : 'Film', sel.year, sel.imdb, sel.tmdb ? `TMDB ${sel.tmdb}` : ''].filter(Boolean);
    $('selection-meta').textContent = ids.join(' \u00b7 ');
    hideResults();
    schedulePreview();
  }
  function hideResults() { $('search-results').hidden = true; }
  function showResults(items) {
    const list = $('search-results');
    list.replaceChildren();
    for (const item of items) {
      const li = document.createElement('li');
      li.setAttribute('role', 'option');
      li.tabIndex = 0;
      const badge = document.createElement('span');
      badge.className = 'result-badge';
      badge.textContent = item.sample ? 'Sample' : item.type === 'tv' ? 'Series' : 'Film';
      const title = document.createElement('span');
      title.className = 'result-title';
      title.textContent = item.title;
      const year = document.createElement('span');
      year.className = 'result-year';
      year.textContent = item.year || '';
      li.append(title, year, badge);
      const choose = () => { select(item); $('search-input').value = ''; };
      li.addEventListener('click', choose);
      li.addEventListener('keydown', (e) => { if (e.key === 'Enter') choose(); });
      list.append(li);
    }
    list.hidden = items.length === 0;
  }
  function searchSamples(text) {
    const q = text.trim().toLowerCase();
    return SAMPLES.filter((s) => !q || s.title.toLowerCase().includes(q) || s.imdb === q)
      .map((s) => ({ ...s, sample: true }));
  }
  async function search(text) {
    const seq = ++state.searchSeq;
    const local = searchSamples(text);
    showResults(local);
    const canAsk = text.trim().length >= 2 && ((state.caps && state.caps.tmdb_key_set) || tmdbKey());
    if (!canAsk) return;
    const parts = [`q=${enc(text.trim())}`];
    if (tmdbKey()) parts.push(`tmdb_key=${enc(tmdbKey())}`);
    if (accessKey()) parts.push(`access_key=${enc(accessKey())}`);
    try {
      const reply = await fetch(`/search?${parts.join('&')}`);
      if (!reply.ok || seq !== state.searchSeq) return;
      const body = await reply.json();
      const remote = (body.results || [])
        .filter((r) => r.media_type === 'movie' || r.media_type === 'tv')
        .slice(0, 10)
        .map((r) => ({
          tmdb: r.id, type: r.media_type, title: r.title || r.name || '?',
          year: String(r.release_date || r.first_air_date || '').slice(0, 4),
        }));
      showResults(local.concat(remote));
    } catch { /* offline: the samples stay */ }
  }

  // ---- import --------------------------------------------------------------------------------------
  function importUrl(text) {
    let url;
    try { url = new URL(text.trim(), origin()); } catch { message('Import failed \u2014 not a valid URL.', 'error'); return false; }
    const segments = url.pathname.split('/').filter(Boolean).map(decodeURIComponent);
    const params = url.searchParams;
    const useIds = (imdb, tmdb, type) => {
      if (!imdb && !tmdb) return;
      const sample = SAMPLES.find((s) => s.imdb === imdb || s.tmdb === Number(tmdb));
      select(sample ? { ...sample } : { imdb: imdb || '', tmdb: tmdb ? Number(tmdb) : 0, type: type || 'movie', title: imdb || `TMDB ${tmdb}`, year: '' });
    };
    if (url.pathname.endsWith('/poster')) {
      resetValues();
      applyQuery(params);
      state.preset = '';
      state.presetSnapshot = null;
      $('preset-select').value = '';
      const key = params.get('access_key');
      if (key && !isPlaceholder(key)) store.set(STORE.accessKey, key);
      const tmdb = params.get('tmdb_id');
      const imdb = params.get('imdb_id');
      const type = (params.get('type') || 'movie').replace('series', 'tv');
      useIds(isPlaceholder(imdb) ? '' : imdb, isPlaceholder(tmdb) ? '' : tmdb, isPlaceholder(type) ? 'movie' : type);
      syncControls();
      changed();
      message('Imported the /poster settings.');
      return true;
    }
    let presetId = '';
    if (segments[0] === 'p' && segments.length === 4) {
      presetId = segments[1];
      const id = segments[3].replace(/\.(jpe?g|webp|png)$/i, '');
      const type = segments[2] === 'series' ? 'tv' : segments[2];
      if (!isPlaceholder(id) && !isPlaceholder(type)) useIds(/^tt\d+$/.test(id) ? id : '', /^\d+$/.test(id) ? id : '', type);
    } else if (segments.length === 4 && segments[2] === 'poster-default') {
      presetId = segments[0];
      const id = segments[3].replace(/\.(jpe?g|webp|png)$/i, '');
      if (segments[1] === 'imdb' && /^tt\d+$/.test(id)) useIds(id, '', 'movie');
      const m = /^(movie|series|tv)-(\d+)$/.exec(id);
      if (segments[1] === 'tmdb' && m) useIds('', m[2], m[1] === 'movie' ? 'movie' : 'tv');
    } else {
      message('Import failed \u2014 this does not look like a /poster, /p or RPDB poster URL.', 'error');
      return false;
    }
    if (presetEntries().all.some((p) => p.id === presetId)) {
      loadPreset(presetId, { quiet: true });
      message(`Imported preset \u201c${presetId}\u201d.`);
    } else if (presetId === accessKey()) {
      loadPreset('', { quiet: true });
      message('Imported: the access key renders the server defaults.');
    } else {
      message(`Import failed \u2014 this server has no preset \u201c${presetId}\u201d.`, 'error');
      return false;
    }
    return true;
  }

  // ---- copy ----------------------------------------------------------------------------------------
  async function copyUrl() {
    const box = $('url-output');
    const text = box.value;
    if (!text) return;
    let ok = false;
    // Selection copy first: async clipboards on some platforms add a URL-encoded flavour that turns
    // {tmdb_id} into %7Btmdb_id%7D, which addons then fail to substitute (reference §7.3).
    try {
      box.focus();
      box.select();
      ok = document.execCommand && document.execCommand('copy');
    } catch { ok = false; }
    if (!ok && navigator.clipboard) {
      try { await navigator.clipboard.writeText(text); ok = true; } catch { ok = false; }
    }
    const button = $('copy-button');
    button.textContent = ok ? 'Copied' : 'Select & copy';
    button.classList.toggle('done', ok);
    document.body.dataset.copied = text;
    setTimeout(() => { button.textContent = 'Copy URL'; button.classList.remove('done'); }, 1600);
    message(ok ? 'URL copied to the clipboard.' : 'Copy blocked by the browser \u2014 the URL is selected, press Ctrl+C.', ok ? 'info' : 'error');
  }

  // ---- user presets (the daemon's /api/presets) ----------------------------------------------------
  async function presetApi(method, name, body) {
    const headers = { 'Content-Type': 'application/json' };
    if (accessKey()) headers['X-Access-Key'] = accessKey();
    const reply = await fetch(`/api/presets/${encodeURIComponent(name)}`, { method, headers, body: body ? JSON.stringify(body) : undefined });
    let detail = '';
    if (reply.status !== 204) {
      try { const json = await reply.json(); detail = json.detail || ''; } catch { /* empty */ }
    }
    return { ok: reply.ok, status: reply.status, detail };
  }
  async function savePreset() {
    const name = $('save-name').value.trim();
    if (!/^[a-z0-9_-]{1,40}$/.test(name)) { message('A preset name is 1\u201340 characters of a\u2013z, 0\u20139, \u201c_\u201d or \u201c-\u201d.', 'error'); return; }
    const result = await presetApi('PUT', name, { query: queryText(changedPairs()) });
    if (!result.ok) { message(`Could not save (${result.status}): ${result.detail}`, 'error'); return; }
    await refreshCaps();
    loadPreset(name, { quiet: true });
    state.urlForm = state.urlForm === 'poster' ? 'preset' : state.urlForm;
    renderUrl();
    message(`Saved \u201c${name}\u201d: it is served at /p/${name}/\u2026 now.`);
  }
  async function deletePreset() {
    const name = $('save-name').value.trim();
    if (!name) return;
    const result = await presetApi('DELETE', name);
    if (!result.ok) { message(`Could not delete (${result.status}): ${result.detail}`, 'error'); return; }
    await refreshCaps();
    if (state.preset === name) loadPreset('', { quiet: true });
    else fillPresetSelect();
    message(`Deleted \u201c${name}\u201d.`);
  }

  // ---- server caps ---------------------------------------------------------------------------------
  async function fetchCaps() {
    const key = accessKey();
    const reply = await fetch(`/server-caps${key ? `?access_key=${enc(key)}` : ''}`, { cache: 'no-store' });
    if (!reply.ok) throw new Error(`/server-caps answered ${reply.status}`);
    return reply.json();
  }
  async function refreshCaps() {
    try {
      state.caps = await fetchCaps();
      fillPresetSelect();
    } catch (e) { message(String(e.message || e), 'error'); }
  }
  function applyCaps(caps) {
    state.caps = caps;
    state.params = (caps.params || []).filter((p) => GROUPS.includes(p.group));
    state.byName = new Map(state.params.map((p) => [p.name, p]));
    state.defaults = {};
    for (const p of state.params) {
      const published = caps.param_defaults && Object.prototype.hasOwnProperty.call(caps.param_defaults, p.name);
      let value = published ? caps.param_defaults[p.name] : p.default;
      if (typeof value === 'boolean') value = value ? 'true' : 'false';
      state.defaults[p.name] = value === null || value === undefined ? '' : String(value);
    }
    state.lock = Boolean(caps.preset_enabled) && !caps.access_key_valid;
    document.body.classList.toggle('preset-only-mode', state.lock);
    $('lock-banner').hidden = !state.lock;
    $('preset-label').textContent = state.lock ? 'Poster style' : 'Start from a preset';
    $('version-chip').textContent = `v${caps.version || 'dev'}`;
    $('footer-version').textContent = caps.version || 'dev';
    $('tmdb-key-note').textContent = caps.tmdb_key_set ? '(optional \u2014 the server has one)' : '(needed for titles outside the sample library)';
    const keyState = caps.access_key_valid ? 'Unlocked' : caps.preset_enabled ? 'Presets' : 'Open';
    $('server-state').textContent = `Connected \u00b7 ${keyState}`;
    $('server-state').dataset.state = 'ok';
  }

  // ---- start ---------------------------------------------------------------------------------------
  function wire() {
    $('theme-toggle').addEventListener('click', toggleTheme);
    $('preset-select').addEventListener('change', (e) => loadPreset(e.target.value));
    $('reset-button').addEventListener('click', () => loadPreset(state.lock ? state.preset : ''));
    $('copy-button').addEventListener('click', copyUrl);
    $('url-form').addEventListener('click', (e) => {
      const form = e.target.closest('button')?.dataset.form;
      if (!form) return;
      state.urlForm = form;
      store.set(STORE.urlForm, form);
      renderUrl();
    });
    $('preview-image').addEventListener('load', previewLoaded);
    $('preview-image').addEventListener('error', previewFailed);
    $('search-input').addEventListener('input', (e) => {
      clearTimeout(state.searchTimer);
      const text = e.target.value;
      state.searchTimer = setTimeout(() => search(text), 300);
    });
    $('search-input').addEventListener('focus', (e) => search(e.target.value));
    document.addEventListener('click', (e) => { if (!e.target.closest('.search')) hideResults(); });
    $('import-button').addEventListener('click', () => importUrl($('import-input').value));
    $('save-button').addEventListener('click', savePreset);
    $('delete-button').addEventListener('click', deletePreset);
    const keyInput = $('access-key');
    keyInput.value = accessKey();
    keyInput.addEventListener('change', async () => { store.set(STORE.accessKey, keyInput.value.trim()); await start(); });
    const tmdbInput = $('tmdb-key');
    tmdbInput.value = tmdbKey();
    tmdbInput.addEventListener('change', () => { store.set(STORE.tmdbKey, tmdbInput.value.trim()); changed(); });
  }

  async function start() {
    let caps;
    try {
      caps = await fetchCaps();
    } catch (e) {
      $('server-state').textContent = 'Offline';
      $('server-state').dataset.state = 'error';
      $('loading-note').textContent = `Could not load /server-caps: ${e.message || e}`;
      return;
    }
    applyCaps(caps);
    buildTabs();
    resetValues();
    const storedPreset = store.get(STORE.preset, '');
    fillPresetSelect();
    const known = presetEntries().all.some((p) => p.id === storedPreset);
    if (state.lock) {
      loadPreset(known ? storedPreset : $('preset-select').value, { quiet: true });
    } else {
      state.preset = known ? storedPreset : '';
      if (state.preset) {
        loadPreset(state.preset, { quiet: true });
        resetValues();
      }
      applyQuery(store.get(STORE.settings, ''));
      $('preset-select').value = state.preset;
      const entry = presetEntries().all.find((p) => p.id === state.preset);
      $('preset-description').textContent = entry ? entry.description : 'Marquee\u2019s own defaults, as this server publishes them.';
    }
    state.urlForm = store.get(STORE.urlForm, state.lock ? 'preset' : 'poster');
    let sel = null;
    try { sel = JSON.parse(store.get(STORE.selection, 'null')); } catch { sel = null; }
    select(sel && (sel.imdb || sel.tmdb) ? sel : { ...SAMPLES[0] });
    syncControls();
    changed({ keepPreset: true });
  }

  function boot() {
    applyTheme();
    const urlKey = new URLSearchParams(window.location.search).get('access_key');
    if (urlKey) store.set(STORE.accessKey, urlKey);
    wire();
    start();
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', boot);
  else boot();
})();
