import DriftAlignCore
import DriftAlignDrift
import Foundation

/// The page's filters, style sheet and script. The filters are written `hidden` and shown by the
/// script, so a reader without scripts sees no dead controls; the script reads only the `data-*`
/// attributes this writer generates (severity and type names, never document text).
extension HTMLReportWriter {
    func filters(_ reports: [DriftReport]) -> String {
        let findings = reports.flatMap { $0.entries.flatMap(\.findings) }
        guard !findings.isEmpty else { return "" }
        let types = Set(findings.map(\.type))
        var out = "<form class=\"filters\" hidden>\n<fieldset><legend>Severity</legend>"
        for s in DriftFinding.Severity.allCases.reversed() {
            // Info findings (single words without a counterpart, mostly) start hidden when the
            // script runs; without scripts everything shows.
            let checked = s == .info ? "" : " checked"
            out += "<label class=\"sev-\(s.rawValue)\"><input type=\"checkbox\"\(checked) data-filter=\"severity\" data-value=\"\(s.rawValue)\"> \(s.rawValue)</label> "
        }
        out += "</fieldset>\n<fieldset><legend>Type</legend>"
        for t in DriftFinding.Kind.allCases where types.contains(t) {
            out += "<label><input type=\"checkbox\" checked data-filter=\"type\" data-value=\"\(t.rawValue)\"> \(t.rawValue)</label> "
        }
        return out + "</fieldset>\n</form>\n"
    }

    static let css = """
    :root { --ok: #2e7d32; --ok-bg: #dcf0dd; --warn: #a86400; --warn-bg: #ffe8b0; --bad: #c62828; --bad-bg: #ffd5d0;
      --none: #6b6b6b; --none-bg: #e8e8e8; --ink: #1d1d1f; --rule: #d6d6d6; }
    * { box-sizing: border-box; }
    body { margin: 0 auto; max-width: 1280px; padding: 1rem 1.5rem 3rem; color: var(--ink); background: #fff;
      font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif;
      -webkit-print-color-adjust: exact; print-color-adjust: exact; }
    h1 { font-size: 1.5rem; margin: .5rem 0; } h2 { font-size: 1.3rem; margin: 0 0 .4rem; }
    h3 { font-size: 1.05rem; margin: 1.5rem 0 .5rem; border-bottom: 1px solid var(--rule); padding-bottom: .2rem; }
    h4 { font-size: .95rem; margin: 1rem 0 .2rem; }
    /* Headings show document names: a file stem with underscores is one long word. */
    h1, h2, h4 { overflow-wrap: anywhere; }
    code { font: .85em ui-monospace, "SF Mono", Menlo, Consolas, monospace; overflow-wrap: anywhere; }
    a { color: #1a56b0; }
    .legend .key, .sev, .type { display: inline-block; padding: 0 .45em; border-radius: 3px; font-size: .8rem; }
    .report { border-top: 3px solid var(--ink); margin-top: 1.5rem; padding-top: 1rem; }
    .meta { display: grid; grid-template-columns: max-content 1fr; gap: .1rem .8rem; margin: 0 0 .6rem; font-size: .9rem; }
    .meta dt { color: #555; } .meta dd { margin: 0; }
    .figures { display: flex; flex-wrap: wrap; gap: .5rem; }
    .fig { border: 1px solid var(--rule); border-radius: 4px; padding: .3rem .7rem; min-width: 7.5rem; }
    .fig b { display: block; font-size: 1.3rem; } .fig span { font-size: .78rem; color: #555; }
    .fig.sev-major b { color: var(--bad); } .fig.sev-minor b { color: var(--warn); }
    .filters { position: sticky; top: 0; z-index: 2; background: #fafafa; border: 1px solid var(--rule);
      padding: .3rem .6rem; display: flex; flex-wrap: wrap; gap: .8rem; font-size: .85rem; }
    .filters[hidden] { display: none; }
    .filters fieldset { border: 0; margin: 0; padding: 0; } .filters legend { float: left; font-weight: 600; margin-right: .5rem; }
    .filters label { margin-right: .6rem; white-space: nowrap; }
    .glance { display: grid; grid-template-columns: minmax(0, 560px) minmax(0, 1fr); gap: 2rem; align-items: start; }
    .findings-panel { min-width: 0; }
    .overview { margin: 0; } .overview svg { width: 100%; height: auto; display: block; }
    .overview figcaption { font-size: .8rem; color: #555; }
    svg text { font-family: system-ui, sans-serif; font-size: 11px; fill: var(--ink); }
    svg text.head { font-weight: 600; font-size: 12px; } svg text.doc { fill: #555; font-size: 10px; }
    svg .sent { stroke: #fff; stroke-width: .5; } svg .sent.unlinked { fill: #f3f3f3; stroke: #ccc; }
    svg .sent.b-ok { fill: var(--ok); } svg .sent.b-warn { fill: #e0a100; } svg .sent.b-bad { fill: var(--bad); }
    svg .sent.b-none { fill: #9e9e9e; }
    svg .band { fill-opacity: .4; stroke-width: .6; }
    svg .band.b-ok { fill: var(--ok); stroke: var(--ok); } svg .band.b-warn { fill: #e0a100; stroke: var(--warn); }
    svg .band.b-bad { fill: var(--bad); stroke: var(--bad); fill-opacity: .55; } svg .band.b-none { fill: #9e9e9e; stroke: #777; }
    svg a:hover .band { fill-opacity: .85; } svg .solo { fill: #fff; stroke: #777; stroke-dasharray: 2 1; }
    svg .solo.b-warn { fill: #e0a100; stroke: var(--warn); stroke-dasharray: none; } svg .solo.b-bad { fill: var(--bad); stroke: var(--bad); stroke-dasharray: none; }
    svg text.num { font-size: 13px; }
    svg text.num.b-bad { fill: var(--bad); font-weight: 700; } svg text.num.b-warn { fill: var(--warn); font-weight: 600; }
    svg text.num.b-ok { fill: var(--ok); } svg text.num.b-none { fill: var(--none); }
    .texts { display: grid; grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 1.5rem; }
    .col > h4:first-child { margin-top: 0; }
    .docmeta { font-size: .8rem; color: #555; margin: 0 0 .4rem; overflow-wrap: anywhere; }
    .docwarn { font-size: .8rem; color: #7a4b00; margin: 0 0 .4rem; padding-left: 1.2rem; overflow-wrap: anywhere; }
    .declared { font-size: .85rem; margin: .4rem 0 0; padding: .3rem .6rem; border-left: 3px solid #888; background: #f4f4f4; }
    .doc { white-space: pre-wrap; overflow-wrap: anywhere; font-size: .95rem; line-height: 1.65; }
    .doc .s { color: #444; }
    mark { color: inherit; border-radius: 2px; padding: 0 .1em; border-bottom: 2px solid; scroll-margin-top: 5.5rem; }
    .b-ok { background: var(--ok-bg); border-color: var(--ok); } .b-warn { background: var(--warn-bg); border-color: var(--warn); }
    .b-bad { background: var(--bad-bg); border-color: var(--bad); } .b-none { background: var(--none-bg); border-color: var(--none); }
    mark.nosource, mark.untranslated { background: #f4f4f4; outline: 1px dashed #9a9a9a; border-bottom: 0; }
    mark .num { display: inline-block; min-width: 1.3em; margin-right: .25em; padding: 0 .25em; border-radius: 8px;
      font-size: .7rem; font-weight: 700; line-height: 1.3; text-align: center; text-decoration: none; color: #fff; vertical-align: 1px; }
    mark.b-ok > .num { background: var(--ok); } mark.b-warn > .num { background: var(--warn); }
    mark.b-bad > .num { background: var(--bad); } mark.b-none > .num { background: var(--none); }
    mark .tag { font-size: .7rem; font-weight: 600; color: var(--none); text-transform: uppercase; margin-right: .3em; letter-spacing: .03em; }
    mark.inner { padding: 0; border-bottom-width: 3px; border-bottom-style: double; box-shadow: inset 0 0 0 1px rgba(0, 0, 0, .18); }
    mark.cont { padding-left: 0; }
    mark.dim > .num { opacity: .4; }
    mark:target, .anchor:target + mark { box-shadow: 0 0 0 2px var(--ink); }
    /* With all ten finding types the filter bar wraps to two lines (67 px) even at 1366 px. */
    .anchor { scroll-margin-top: 5.5rem; }
    .findings { padding-left: 1.6rem; } .finding { margin: 0 0 .8rem; }
    .finding.hidden { display: none; }
    .sev { color: #fff; font-weight: 700; text-transform: uppercase; }
    .sev-major .sev { background: var(--bad); } .sev-minor .sev { background: var(--warn); } .sev-info .sev { background: var(--none); }
    .type { background: #eef1f6; border: 1px solid #c9d1e0; }
    .jump { padding: 0 .35em; border-radius: 3px; border-bottom: 2px solid; text-decoration: none; font-size: .85rem; }
    .drift { font-size: .8rem; color: #555; margin-left: .3rem; }
    .possible { font-size: .75rem; color: #555; border: 1px dashed #999; border-radius: 3px; padding: 0 .3em; }
    .filtered-out { color: #555; font-style: italic; }
    .reason { margin: .2rem 0; font-weight: 500; overflow-wrap: anywhere; }
    .ex { margin: 0 0 0 .6rem; font-size: .88rem; color: #333; overflow-wrap: anywhere; } .ex q { overflow-wrap: anywhere; } .ex a { display: inline-block; width: 4.2rem; font-size: .78rem; }
    .none { color: #555; }
    @media (max-width: 900px) {
      .texts, .glance { grid-template-columns: minmax(0, 1fr); }
      /* The filter bar wraps to two or three lines: land jump targets below it. */
      mark, .anchor { scroll-margin-top: 8rem; }
    }
    @media (max-width: 520px) { mark, .anchor { scroll-margin-top: 11rem; } }
    @media print {
      body { max-width: none; padding: 0; font-size: 10.5pt; }
      .filters, .shown, .filtered-out { display: none !important; }
      /* Paper has no filters: every finding prints, with its badge in full. */
      .finding.hidden { display: list-item; }
      mark.dim > .num { opacity: 1; }
      .report { break-before: page; } .report:first-of-type { break-before: auto; }
      .glance { grid-template-columns: minmax(0, 1fr); }
      /* The texts stay side by side, smaller, as on screen. */
      .texts { grid-template-columns: minmax(0, 1fr) minmax(0, 1fr); gap: 1rem; }
      .doc { font-size: 8.5pt; line-height: 1.5; }
      h2, h3, h4 { break-after: avoid; break-inside: avoid; }
      .docmeta, .doc-head .meta { break-after: avoid; }
      .finding, .overview, .fig, .declared { break-inside: avoid; }
      a { color: inherit; text-decoration: none; }
    }
    """

    /// Hides findings whose severity or type is unchecked, says in each findings list how many
    /// show and, when none does, what the filters hide; fades the number badge (never the drift
    /// colour) of marks whose findings are all hidden. Reads only `data-filter`, `data-value`,
    /// `data-severity`, `data-type` and `data-findings`, which hold severity and type names.
    static let script = """
    (function () {
      var form = document.querySelector('form.filters');
      if (!form) return;
      form.hidden = false;
      var boxes = form.querySelectorAll('input[data-filter]');
      function apply() {
        var off = {};
        boxes.forEach(function (b) { if (!b.checked) off[b.getAttribute('data-filter') + ':' + b.getAttribute('data-value')] = true; });
        function shown(sev, type) { return !off['severity:' + sev] && !off['type:' + type]; }
        document.querySelectorAll('.findings-panel').forEach(function (panel) {
          var items = panel.querySelectorAll('li.finding'), count = 0, bySeverity = {}, why = [];
          items.forEach(function (li) {
            var sev = li.getAttribute('data-severity'), type = li.getAttribute('data-type'), on = shown(sev, type);
            li.classList.toggle('hidden', !on);
            if (on) { count++; return; }
            bySeverity[sev] = (bySeverity[sev] || 0) + 1;
            if (off['severity:' + sev] && why.indexOf(sev) < 0) why.push(sev);
            if (off['type:' + type] && why.indexOf(type) < 0) why.push(type);
          });
          var hidden = items.length - count, severities = Object.keys(bySeverity);
          var label = panel.querySelector('.shown');
          if (label) { label.hidden = hidden === 0; label.textContent = 'shown ' + count + ' of '; }
          var note = panel.querySelector('.filtered-out');
          if (note) {
            note.hidden = !(items.length > 0 && count === 0);
            note.textContent = hidden + ' ' + (severities.length === 1 ? severities[0] + ' ' : '') + 'finding' + (hidden === 1 ? '' : 's')
              + ' hidden \\u2014 tick ' + why.join(', ') + ' to show ' + (hidden === 1 ? 'it' : 'them');
          }
        });
        document.querySelectorAll('mark[data-findings]').forEach(function (m) {
          var any = m.getAttribute('data-findings').split(' ').some(function (k) {
            var p = k.split(':'); return shown(p[0], p[1]);
          });
          m.classList.toggle('dim', !any);
        });
      }
      form.addEventListener('change', apply);
      apply();
    })();
    """

    /// The Content-Security-Policy source that lets the page's own script run and nothing else:
    /// `'sha256-…'` of the script's exact text (CSP Level 2, §4.2.4 hash-source), so an injected
    /// handler or script element could never run, even if escaping failed.
    static let scriptHash = "sha256-" + Data(SHA256.digest(Array(script.utf8))).base64EncodedString()
}
