/** The rules book's stylesheet, inlined so the page makes no request and works offline and printed. */
export const BOOK_CSS = `
:root { color: #0b0c0c; background: #fff; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", sans-serif; }
body { max-width: 64rem; margin: 0 auto; padding: 1rem 1.5rem 4rem; }
h1 { font-size: 2rem; margin-bottom: .25rem; }
h2 { border-top: 2px solid #b1b4b6; padding-top: 1rem; margin-top: 2.5rem; }
h3 { margin: 1.75rem 0 .5rem; }
a { color: #1d70b8; }
a:focus { outline: 3px solid #fd0; background: #fd0; color: #0b0c0c; }
code { font-family: ui-monospace, Menlo, Consolas, monospace; font-size: .9em; background: #f3f2f1; padding: 0 .2em; }
table { border-collapse: collapse; width: 100%; margin: .5rem 0 1rem; font-size: .9rem; }
th, td { border: 1px solid #b1b4b6; padding: .35rem .5rem; text-align: left; vertical-align: top; }
th { background: #f3f2f1; }
blockquote { margin: .5rem 0; padding-left: 1rem; border-left: 4px solid #b1b4b6; }
nav ol { columns: 2; }
.meta { color: #505a5f; }
.confidence-M, .confidence-L { font-weight: bold; color: #942514; }
.diagram { overflow-x: auto; border: 1px solid #b1b4b6; padding: .5rem; }
@media print { .diagram { overflow: visible; } h2 { break-before: page; } }
`;
