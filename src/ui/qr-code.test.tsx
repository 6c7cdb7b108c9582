import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/preact';
import { QrCode } from './qr-code';

describe('QR code', () => {
  it('draws the modules as one SVG path with an accessible name', () => {
    const { getByRole } = render(<QrCode text="https://madoguchi.example/guides/tsunami-evacuation" label="QR" />);
    const svg = getByRole('img', { name: 'QR' });
    const size = Number(svg.getAttribute('viewBox')?.split(' ')[2]);
    expect(size).toBeGreaterThanOrEqual(25);
    expect(svg.querySelector('path')?.getAttribute('d')).toMatch(/^M\d+ \d+h1v1h-1z/);
  });
});
