import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { initI18n } from '../../i18n';
import { defaultDisplayModes, displayModes, resetDisplayModes } from '../../runtime/display/display-modes';
import AttractScreen from './attract-screen';

const route = vi.fn();
vi.mock('preact-iso', () => ({ useLocation: () => ({ route }) }));

beforeAll(async () => {
  await initI18n('ja');
});
afterEach(() => {
  cleanup();
  route.mockClear();
  resetDisplayModes();
});

describe('the attract screen', () => {
  it('starts a session in 200 % text with furigana in one touch', async () => {
    render(<AttractScreen />);
    const large = await screen.findByRole('button', { name: '大きな文字とふりがなで始める' });
    expect(displayModes.value).toEqual(defaultDisplayModes);
    fireEvent.click(large);
    expect(displayModes.value).toMatchObject({ textSize: 2, furigana: true });
    expect(route).toHaveBeenCalledWith('/');
  });

  it('a touch anywhere else starts it with the terminal’s display as it is', async () => {
    render(<AttractScreen />);
    await screen.findByRole('button', { name: '大きな文字とふりがなで始める' });
    fireEvent.click(document.querySelector('.attract__start')!);
    expect(displayModes.value).toEqual(defaultDisplayModes);
    expect(route).toHaveBeenCalledTimes(1);
  });
});
