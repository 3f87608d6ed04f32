// Keys that act on the whole page: Escape closes the details (or releases a focused community)
// unless a field or a list has it for itself (the search box closes its suggestions).
import type { Store } from './state';

export function mountKeyboard(store: Store): void {
  document.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || event.defaultPrevented) return;
    const target = event.target as HTMLElement | null;
    if (target?.closest('input, select, textarea, [role="listbox"]')) return;
    if (store.state.selected !== null) store.update({ selected: null });
    else if (store.state.focusedCommunity !== null) store.update({ focusedCommunity: null });
  });
}
