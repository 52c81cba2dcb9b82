'use client';

import * as React from 'react';

/**
 * Ids that @fluentui/react-charts hard-codes into every cartesian chart (`chart_`, `xAxisGElementchart_`, …): with
 * two charts on a page they repeat (axe `duplicate-id`). Nothing refers to them, so they get the frame's prefix.
 */
const FIXED_ID = /chart_$/;

function prefixIds(root: Element, prefix: string): void {
  for (const el of root.querySelectorAll('[id]')) {
    if (FIXED_ID.test(el.id) && !el.id.startsWith(prefix)) el.id = `${prefix}${el.id}`;
  }
}

/** Props of {@link ChartFrame}. */
export interface ChartFrameProps {
  /** A page-unique prefix for the chart library's fixed ids. */
  idPrefix: string;
  /** Class of the frame. */
  className?: string;
  /** Role of the frame (e.g. `figure` with a label for a chart whose own name is not exposed). */
  role?: string;
  /** Accessible name of the frame. */
  'aria-label'?: string;
  /** The chart. */
  children: React.ReactNode;
}

/** A chart's box: gives the chart library's fixed element ids a page-unique prefix, now and whenever it re-renders. */
export function ChartFrame(props: ChartFrameProps): React.ReactElement {
  const { idPrefix, className, role, children } = props;
  const ref = React.useRef<HTMLDivElement>(null);
  React.useLayoutEffect(() => {
    const root = ref.current;
    if (!root) return undefined;
    prefixIds(root, idPrefix);
    const observer = new MutationObserver(() => prefixIds(root, idPrefix));
    observer.observe(root, { subtree: true, childList: true, attributes: true, attributeFilter: ['id'] });
    return () => observer.disconnect();
  }, [idPrefix]);
  return (
    <div ref={ref} className={className} role={role} aria-label={props['aria-label']}>
      {children}
    </div>
  );
}
