import { describe, expect, it } from 'vitest';
import { xmlSafe } from './svg-xml';

describe('xmlSafe', () => {
  it('closes the line breaks Mermaid writes in HTML labels', () => {
    expect(xmlSafe('<span>Load<br>balancer</span>')).toBe('<span>Load<br/>balancer</span>');
    expect(xmlSafe('<p>a<BR >b<br />c</p>')).toBe('<p>a<BR/>b<br/>c</p>');
  });

  it('keeps attributes and leaves well-formed or other tags alone', () => {
    expect(xmlSafe('<img src="a.png" alt="x">')).toBe('<img src="a.png" alt="x"/>');
    expect(xmlSafe('<g><brand>x</brand><br/></g>')).toBe('<g><brand>x</brand><br/></g>');
  });
});
