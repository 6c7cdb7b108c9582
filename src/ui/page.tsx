import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { isRestoringPlace } from '../runtime/navigation/restoring-place';
import { useFirstScreenShown } from '../app/first-screen';

/**
 * A screen's frame: its one <h1>, which receives focus when the screen opens so
 * screen-reader users hear where they are after every navigation. The title may be
 * content (<RText>), so a Japanese title gets furigana and phrase breaks like the body.
 */
export function Page({ title, children, wide = false }: { title: ComponentChildren; children: ComponentChildren; wide?: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useFirstScreenShown();
  useEffect(() => {
    // A kiosk's もどる puts the focus back on the link touched before, where the list was left.
    if (!isRestoringPlace()) heading.current?.focus({ preventScroll: false });
  }, []);
  return (
    <div class={wide ? 'page page--wide' : 'page'}>
      <h1 ref={heading} tabIndex={-1} class="page__title">{title}</h1>
      {children}
    </div>
  );
}
