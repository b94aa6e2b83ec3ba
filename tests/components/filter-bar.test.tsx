// The multi-select of the filter bar: its options exist while it is open only (a page with the 97 HS chapters
// drew them all, hidden, in its first render), and it behaves as before when opened.
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { MultiSelectFilter } from '../../src/components/filter-bar.tsx';

const OPTIONS = Array.from({ length: 97 }, (_, i) => ({
  value: String(i + 1).padStart(2, '0'),
  label: `HS ${String(i + 1).padStart(2, '0')}`,
}));

function Chapters() {
  const [selected, setSelected] = useState<string[]>([]);
  return (
    <MultiSelectFilter
      label="Chapters"
      emptyLabel="10 largest (default)"
      selected={selected}
      options={OPTIONS}
      onChange={setSelected}
    />
  );
}

describe('MultiSelectFilter', () => {
  it('draws its options when opened, keeps a choice, and drops them when closed', async () => {
    const user = userEvent.setup();
    render(<Chapters />);
    const button = screen.getByRole('button', { name: 'Chapters: 10 largest (default)' });
    expect(button).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);

    await user.click(button);
    expect(button).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getAllByRole('checkbox')).toHaveLength(97);
    await user.click(screen.getByRole('checkbox', { name: 'HS 87' }));
    expect(screen.getByRole('checkbox', { name: 'HS 87' })).toBeChecked();
    expect(screen.getByRole('button', { name: 'Chapters: 1 selected' })).toBeInTheDocument();

    await user.keyboard('{Escape}');
    expect(screen.queryAllByRole('checkbox')).toHaveLength(0);
    expect(screen.getByRole('button', { name: 'Chapters: 1 selected' })).toHaveFocus();

    await user.click(screen.getByRole('button', { name: 'Chapters: 1 selected' }));
    expect(screen.getByRole('checkbox', { name: 'HS 87' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'HS 86' })).not.toBeChecked();
  });
});
