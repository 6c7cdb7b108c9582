import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/preact';
import { primeContent } from './primed-content';
import { useContent } from './content-store';
import { activePackVersion } from './pack-status';

function Probe({ path }: { path: string }) {
  const state = useContent<{ terminalId: string }>(path);
  return <p>{state.status === 'ready' ? state.data.terminalId : state.status}</p>;
}

describe('content read at start without Dexie', () => {
  it('renders a kiosk configuration on the first render, never a "preparing" screen in between', () => {
    primeContent({ version: 'v7', files: new Map([['kiosks/t1.json', { terminalId: 't1' }]]) });
    expect(activePackVersion.value).toBe('v7');
    const { container } = render(<Probe path="kiosks/t1.json" />);
    expect(container.textContent).toBe('t1');
  });

  it('is used only for the version it was read from', () => {
    primeContent({ version: 'v7', files: new Map([['kiosks/t1.json', { terminalId: 't1' }]]) });
    activePackVersion.value = 'v8';
    const { container } = render(<Probe path="kiosks/t1.json" />);
    expect(container.textContent).toBe('loading');
  });
});
