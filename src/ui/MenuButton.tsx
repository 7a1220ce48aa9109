/**
 * A menu button (WAI-ARIA APG "menu button" pattern): a button that opens a role=menu of actions.
 * Enter, Space or ArrowDown open it on the first item, ArrowUp on the last; arrows, Home and End move,
 * a letter jumps to the next item starting with it, Escape closes it and focus goes back to the
 * button, as it does after a choice (so a dialog opened by the choice returns focus there too).
 * Tab or a click elsewhere closes it.
 */
import './menu.css';
import { useEffect, useId, useRef, useState, type KeyboardEvent } from 'react';

export interface MenuItem {
  id: string;
  label: string;
  onSelect: () => void;
  disabled?: boolean;
}

interface MenuButtonProps {
  label: string;
  items: readonly MenuItem[];
  disabled?: boolean;
  className?: string;
}

export function MenuButton({ label, items, disabled, className }: MenuButtonProps) {
  const menuId = useId();
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  // Which item has focus while open; null while closed.
  const [active, setActive] = useState<number | null>(null);
  const open = active !== null;

  useEffect(() => {
    if (active === null) return;
    menuRef.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[active]?.focus();
  }, [active]);

  useEffect(() => {
    if (!open) return;
    const closeOutside = (event: PointerEvent) => {
      const target = event.target as Node;
      if (!menuRef.current?.contains(target) && !buttonRef.current?.contains(target))
        setActive(null);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  const enabled = items.flatMap((item, index) => (item.disabled ? [] : [index]));
  const first = enabled[0] ?? null;
  const last = enabled.at(-1) ?? null;

  const close = () => {
    setActive(null);
    buttonRef.current?.focus();
  };
  const choose = (item: MenuItem) => {
    if (item.disabled) return;
    close();
    item.onSelect();
  };
  const step = (from: number, by: 1 | -1) => {
    const at = enabled.indexOf(from);
    return enabled[(at + by + enabled.length) % enabled.length] ?? from;
  };

  const onButtonKey = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      setActive(event.key === 'ArrowDown' ? first : last);
    }
  };
  const onMenuKey = (event: KeyboardEvent) => {
    if (active === null) return;
    const moves: Record<string, number | null> = {
      ArrowDown: step(active, 1),
      ArrowUp: step(active, -1),
      Home: first,
      End: last,
    };
    if (event.key in moves) {
      event.preventDefault();
      setActive(moves[event.key]!);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation(); // closes the menu only, not a dialog or mode around it
      close();
    } else if (event.key === 'Tab') {
      setActive(null);
    } else if (event.key.length === 1 && /\S/.test(event.key)) {
      const letter = event.key.toLocaleLowerCase();
      const from = enabled.indexOf(active);
      const order = [...enabled.slice(from + 1), ...enabled.slice(0, from + 1)];
      const match = order.find((i) => items[i]!.label.toLocaleLowerCase().startsWith(letter));
      if (match !== undefined) setActive(match);
    }
  };

  return (
    <div className={`menu-button${className ? ` ${className}` : ''}`}>
      <button
        ref={buttonRef}
        type="button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        disabled={disabled}
        onClick={() => (open ? setActive(null) : setActive(first))}
        onKeyDown={onButtonKey}
      >
        {label}
        <span className="menu-button__caret" aria-hidden="true">
          ▾
        </span>
      </button>
      {open && (
        <ul
          ref={menuRef}
          id={menuId}
          role="menu"
          aria-label={label}
          className="menu"
          onKeyDown={onMenuKey}
        >
          {items.map((item, index) => (
            <li
              key={item.id}
              role="menuitem"
              tabIndex={index === active ? 0 : -1}
              aria-disabled={item.disabled || undefined}
              className="menu__item"
              onClick={() => choose(item)}
              onKeyDown={(event) => {
                if (event.key === 'Enter' || event.key === ' ') {
                  event.preventDefault();
                  choose(item);
                }
              }}
            >
              {item.label}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
