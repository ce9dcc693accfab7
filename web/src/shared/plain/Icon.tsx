import type { AbstractNode, IconDefinition } from '@ant-design/icons-svg/es/types';
import { createElement, type ReactElement } from 'react';
import './plain.css';

/** SVG attribute names as React spells them (`fill-rule` → `fillRule`). */
const reactAttrs = (attrs: Record<string, string>) =>
  Object.fromEntries(
    Object.entries(attrs).map(([name, value]) => [
      name.replace(/-(\w)/g, (_, c: string) => c.toUpperCase()),
      value,
    ]),
  );

const renderNode = (node: AbstractNode, key: number): ReactElement =>
  createElement(node.tag, { key, ...reactAttrs(node.attrs) }, node.children?.map(renderNode));

/**
 * One of antd's icons drawn from its bare SVG data, without @ant-design/icons' runtime (its style injection and
 * colour helpers are several KB the phone's first page does without). Decorative: hidden from screen readers.
 */
export function Icon({ icon }: { icon: IconDefinition }) {
  const root = typeof icon.icon === 'function' ? icon.icon('currentColor', '#e6f4ff') : icon.icon;
  return createElement(
    'svg',
    {
      ...reactAttrs(root.attrs),
      width: '1em',
      height: '1em',
      fill: 'currentColor',
      'aria-hidden': true,
      className: 'lp-icon',
    },
    root.children?.map(renderNode),
  );
}
