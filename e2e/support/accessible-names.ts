import type { Page } from 'playwright-core';

/** Roles a person operates; each must have a name a screen reader can say. */
const interactiveRoles = new Set([
  'button', 'link', 'textbox', 'searchbox', 'checkbox', 'radio', 'combobox', 'listbox', 'option',
  'slider', 'spinbutton', 'switch', 'tab', 'menuitem', 'menuitemcheckbox', 'menuitemradio', 'treeitem',
]);

interface AxValue { value?: unknown }
interface AxNode { ignored?: boolean; role?: AxValue; name?: AxValue; backendDOMNodeId?: number }

/**
 * Interactive elements without an accessible name, read from Chromium's own
 * accessibility tree (what a screen reader is given), not from the DOM: a button whose
 * only content is an icon, or an input whose label is not associated, shows up here.
 * Returns a description of each, with its HTML start, for the failure message.
 */
export async function namelessControls(page: Page): Promise<string[]> {
  const cdp = await page.context().newCDPSession(page);
  try {
    const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AxNode[] };
    const nameless = nodes.filter((node) => {
      const role = String(node.role?.value ?? '');
      return !node.ignored && interactiveRoles.has(role) && String(node.name?.value ?? '').trim() === '';
    });
    const found: string[] = [];
    for (const node of nameless) {
      let html = '(no DOM node)';
      if (node.backendDOMNodeId !== undefined) {
        const { object } = (await cdp.send('DOM.resolveNode', { backendNodeId: node.backendDOMNodeId })) as { object: { objectId?: string } };
        if (object.objectId) {
          const { result } = (await cdp.send('Runtime.callFunctionOn', {
            objectId: object.objectId,
            functionDeclaration: 'function () { return this.outerHTML ? this.outerHTML.slice(0, 160) : String(this.nodeName); }',
            returnByValue: true,
          })) as { result: { value?: string } };
          html = result.value ?? html;
        }
      }
      found.push(`${String(node.role?.value)}: ${html}`);
    }
    return found;
  } finally {
    await cdp.detach();
  }
}
