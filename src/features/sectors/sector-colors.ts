import { useCallback, useState } from 'react';
import type { Sector } from '../../api/schemas.ts';
import { assignSlots, SECTOR_PALETTE, sectorColor, sectorDash } from '../../lib/colors.ts';

/**
 * Sector colours. Where the palette covers the classification's items, a sector's colour is its catalogue
 * position (the same on every chart and for every selection). Otherwise (HS chapters) colours are palette
 * slots handed out to the selection and kept while a sector stays selected, so that changing the selection
 * never recolours the others; slots start afresh with a new classification.
 */
export function useSectorColors(
  classificationId: string | undefined,
  items: Sector[],
  selectionOrder: readonly string[],
) {
  const fixed = items.length <= SECTOR_PALETTE.length;
  const selectionKey = selectionOrder.join(',');
  // The slots of the previous render are state, updated during render when the selection changes (React's
  // pattern for information from previous renders).
  const [memory, setMemory] = useState<{
    classification: string | undefined;
    key: string;
    slots: ReadonlyMap<string, number>;
  }>(() => ({
    classification: classificationId,
    key: selectionKey,
    slots: assignSlots(new Map(), selectionOrder),
  }));
  let slots = memory.slots;
  if (memory.classification !== classificationId || memory.key !== selectionKey) {
    slots = assignSlots(memory.classification === classificationId ? memory.slots : new Map(), selectionOrder);
    setMemory({ classification: classificationId, key: selectionKey, slots });
  }
  const slotOf = useCallback(
    (id: string) =>
      fixed ? items.findIndex((s) => s.id === id) : selectionOrder.includes(id) ? (slots.get(id) ?? -1) : -1,
    [fixed, items, selectionOrder, slots],
  );
  const colorOf = useCallback((id: string) => (slotOf(id) < 0 ? '#333333' : sectorColor(slotOf(id))), [slotOf]);
  const dashOf = useCallback((id: string) => sectorDash(slotOf(id)), [slotOf]);
  const swatchOf = useCallback((id: string) => (slotOf(id) < 0 ? undefined : sectorColor(slotOf(id))), [slotOf]);
  return { colorOf, dashOf, swatchOf };
}
