/** The panel's stylesheet (in its shadow root: the page's CSS neither leaks in nor out). */
export const DEVTOOLS_CSS = `
:host{all:initial;font:12px/1.4 system-ui,-apple-system,'Segoe UI',sans-serif;color:#e6e9ef;--bg:#10141c;--bg2:#171c27;--line:#2c3446;--muted:#a3acbd}
:host([mode=floating]){position:fixed;z-index:2147483000;display:flex}
:host([mode=floating][corner^=top]){flex-direction:column}
:host([mode=inline]){display:block;position:relative}
[hidden]{display:none!important}
button,select,input{font:inherit;color:inherit;background:#1f2633;border:1px solid #3a4458;border-radius:4px;padding:2px 8px}
button:hover{background:#2a3345}
:focus-visible{outline:2px solid #7cc4ff;outline-offset:1px}
.toggle{background:var(--bg);padding:6px 10px;border-radius:16px;box-shadow:0 2px 8px #0008;display:flex;gap:6px;align-items:center}
.badge{background:#3d63dd;color:#fff;border-radius:8px;padding:0 6px;min-width:1em;text-align:center}
.panel{background:var(--bg);border:1px solid var(--line);border-radius:6px;display:flex;flex-direction:column;overflow:hidden;box-shadow:0 4px 24px #000a;max-width:calc(100vw - 16px);max-height:calc(100vh - 16px);position:relative}
:host([mode=inline]) .panel{box-shadow:none;max-height:none}
.bar{display:flex;align-items:center;gap:10px;padding:4px 8px;background:var(--bg2);border-bottom:1px solid var(--line);user-select:none}
:host([mode=floating]) .bar{cursor:move}
.bar [role=tablist]{display:flex;gap:4px;flex:1}
[role=tab][aria-selected=true]{background:#3d63dd;border-color:#3d63dd;color:#fff}
.close{border:none;background:none;font-size:16px;line-height:1}
.views{flex:1;min-height:0;display:flex;flex-direction:column}
.views>*{flex:1;min-height:0;overflow:auto;padding:6px 8px}
.tasks{display:flex;flex-direction:column;gap:6px;overflow:hidden!important}
.toolbar{display:flex;flex-wrap:wrap;gap:4px;align-items:center}
.toolbar .spacer{flex:1}
.toolbar input{width:9em}
.split{flex:1;min-height:0;display:flex;gap:8px}
.list{flex:3;min-width:0;display:flex;flex-direction:column;border:1px solid var(--line);border-radius:4px;overflow:hidden}
.scroller{flex:1;overflow:auto;position:relative;min-height:48px;contain:strict}
.body{position:relative;min-width:644px}
.headgroup{position:sticky;top:0;z-index:1;min-width:644px}
.row{display:grid;grid-template-columns:minmax(90px,1fr) 80px 56px 56px minmax(80px,2fr) 84px 64px minmax(70px,1.4fr) 64px;align-items:center;height:24px;white-space:nowrap}
.body .row{position:absolute;left:0;right:0;top:0;cursor:default}
.row>*{overflow:hidden;text-overflow:ellipsis;padding:0 4px}
.head{background:var(--bg2);color:var(--muted);font-weight:600;border-bottom:1px solid var(--line)}
.body .row:hover{background:#1a2130}
.row[aria-selected=true]{background:#23304a}
.c0{padding-left:calc(4px + var(--depth,0) * 14px)!important}
.twisty{border:none;background:none;padding:0 2px;width:16px}
.row[data-group]{color:#ffd166;font-weight:600}
.mono,.num,pre{font-family:ui-monospace,SFMono-Regular,Menlo,monospace}
.num{text-align:right}
.s-pending{color:var(--muted)}.s-running{color:#7cc4ff}.s-completed{color:#5fd39a}.s-failed{color:#ff8095}.s-cancelled{color:#d2b8ff}.s-timeout{color:#ffb86b}
.c5{display:flex;gap:4px;align-items:center}
.pbar>i{display:block;height:100%;background:#5fd39a}
b.pbar{display:block;flex:0 0 40px;height:6px;background:#2c3446;border-radius:3px;overflow:hidden;padding:0}
.error{color:#ff8095}
.cancel{padding:0 5px;font-size:11px;line-height:16px}
.details{flex:1;min-width:200px;overflow:auto;border:1px solid var(--line);border-radius:4px;padding:6px 8px}
.details h3{margin:0 0 4px;font-size:13px}.details h4{margin:8px 0 2px;font-size:12px;color:var(--muted)}
dl{display:grid;grid-template-columns:max-content 1fr;gap:1px 10px;margin:0}
dt{color:var(--muted)}dd{margin:0;overflow-wrap:anywhere}
pre{white-space:pre-wrap;font-size:11px;margin:4px 0;color:#e6e9ef}
.timeline{margin:0;padding-left:0;list-style:none}
.timeline li{display:grid;grid-template-columns:48px 72px 72px 1fr;gap:4px}
.muted{color:var(--muted)}
.figures{margin:6px 0}
canvas{width:100%;height:160px;background:var(--bg2);border-radius:4px}
table{border-collapse:collapse;margin-top:8px}
caption{text-align:left;color:var(--muted)}
th,td{padding:2px 10px 2px 0;text-align:left}
.grip{position:absolute;width:14px;height:14px;cursor:nwse-resize;background:linear-gradient(135deg,transparent 50%,#3a4458 50%)}
:host([corner$=right]) .grip{left:0;transform:scaleX(-1)}:host([corner$=left]) .grip{right:0}
:host([corner^=bottom]) .grip{top:0;transform:scale(-1,-1)}:host([corner^=top]) .grip{bottom:0}
:host([corner=bottom-left]) .grip{transform:scaleY(-1)}
:host([mode=inline]) .grip{left:50%;bottom:0;top:auto;width:40px;height:6px;cursor:ns-resize;transform:none;background:#3a4458;border-radius:3px}
`;
