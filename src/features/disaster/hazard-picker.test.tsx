import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { initI18n, setLanguage } from '../../i18n';
import { HazardPicker } from './hazard-picker';

beforeAll(async () => { await initI18n('ja'); });
afterEach(async () => {
  cleanup();
  await setLanguage('ja');
});

describe('the hazard picker', () => {
  it('offers the eight hazards by name, each with a pictogram', () => {
    render(<HazardPicker selected={undefined} onSelect={() => {}} />);
    const buttons = screen.getAllByRole('button');
    expect(buttons.map((b) => b.textContent)).toEqual(['洪水', '崖崩れ・土石流・地滑り', '高潮', '地震', '津波', '大規模な火事', '内水氾濫', '火山現象']);
    expect(buttons.every((b) => b.querySelector('svg[aria-hidden="true"]'))).toBe(true);
    expect(buttons.every((b) => b.getAttribute('aria-pressed') === 'false')).toBe(true);
  });

  it('marks the chosen hazard as pressed', () => {
    render(<HazardPicker selected="tsunami" onSelect={() => {}} />);
    expect(screen.getByRole('button', { pressed: true }).textContent).toBe('津波');
  });

  it('reports the hazard a person touches', () => {
    const onSelect = vi.fn();
    render(<HazardPicker selected="tsunami" onSelect={onSelect} />);
    fireEvent.click(screen.getByRole('button', { name: '洪水' }));
    expect(onSelect).toHaveBeenCalledWith('flood');
  });

  it('names the hazards in the reader\'s language', async () => {
    await setLanguage('en');
    render(<HazardPicker selected={undefined} onSelect={() => {}} />);
    expect(screen.getByRole('button', { name: 'Tsunami' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Volcanic eruption' })).toBeTruthy();
  });
});
