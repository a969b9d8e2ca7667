import { describe, expect, it } from 'vitest';
import { compactSvg } from './svg-compact';

describe('compactSvg', () => {
  it('rounds path data to a tenth and other attribute numbers to a hundredth, quoting with apostrophes', () => {
    const svg = '<svg viewBox="0 0 1095.975341796875 520.0371704101562"><path d="M12.3456789,-0.0012345L5,6"/></svg>';
    expect(compactSvg(svg)).toBe("<svg viewBox='0 0 1095.98 520.04'><path d='M12.3,0L5,6'/></svg>");
  });

  it('never touches text: a label and the style sheet keep every digit', () => {
    const svg = '<svg><style>#a{stroke-width:1.23456px}</style><text x="1.23456">costs $0.0208 per hour</text></svg>';
    expect(compactSvg(svg)).toBe(
      "<svg><style>#a{stroke-width:1.23456px}</style><text x='1.23'>costs $0.0208 per hour</text></svg>",
    );
  });

  it('keeps an apostrophe inside a value and keeps used markers, dropping unused ones', () => {
    const svg =
      '<svg><marker id="end"><path d="M0 0"/></marker><marker id="unused"><path d="M1 1"/></marker>' +
      '<path style="font-family: \'Trebuchet MS\'" marker-end="url(#end)"/></svg>';
    const out = compactSvg(svg);
    expect(out).toContain("<marker id='end'>");
    expect(out).not.toContain('unused');
    expect(out).toContain("style='font-family: &apos;Trebuchet MS&apos;'");
  });

  it('rounds transforms and sizes as well, and leaves whole numbers alone', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><g transform="translate(1.0000001, 2.5555)"><rect width="3.33333" height="1"/></g></svg>';
    const out = compactSvg(svg);
    expect(out).toBe(
      "<svg xmlns='http://www.w3.org/2000/svg' width='10' height='10'><g transform='translate(1, 2.56)'><rect width='3.33' height='1'/></g></svg>",
    );
  });

  it('drops style rules for classes the drawing does not use, keeping shared and used ones', () => {
    const svg =
      '<svg id="d"><style>#d{fill:#111;}@keyframes dash{to{stroke-dashoffset:0;}}#d .error-icon{fill:red;}' +
      '#d .node rect,#d .cluster rect{fill:#eee;}#d .edge-animation-fast{animation:dash 20s;}#d p{margin:0;}</style>' +
      '<g class="node"><rect/></g></svg>';
    const out = compactSvg(svg);
    expect(out).toContain('#d{fill:#111;}');
    expect(out).toContain('#d .node rect,#d .cluster rect{fill:#eee;}');
    expect(out).toContain('#d p{margin:0;}');
    expect(out).not.toContain('error-icon');
    expect(out).not.toContain('edge-animation');
    expect(out).not.toContain('@keyframes');
  });

  it('drops symbols a sequence diagram defines but never uses, and the empty <defs> they leave', () => {
    const svg =
      '<svg><defs><symbol id="d-computer"><path d="M2 2"/></symbol></defs>' +
      '<defs><symbol id="d-clock"><path d="M3 3"/></symbol></defs><use href="#d-clock"/></svg>';
    expect(compactSvg(svg)).toBe(
      "<svg><defs><symbol id='d-clock'><path d='M3 3'/></symbol></defs><use href='#d-clock'/></svg>",
    );
  });

  it('drops data attributes the style sheet does not select on, keeping those it does', () => {
    const svg =
      '<svg><style>[data-look="neo"] path{stroke:red}</style><g data-look="neo" data-points="W3siE=" data-id="a"/></svg>';
    expect(compactSvg(svg)).toBe('<svg><style>[data-look="neo"] path{stroke:red}</style><g data-look=\'neo\'/></svg>');
  });
});
