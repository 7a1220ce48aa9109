/**
 * The width of an element, followed as it resizes: the charts are drawn at a number of pixels (a
 * chart needs one to lay out its axes). Where nothing is laid out (a test's jsdom) it stays at the
 * fallback.
 */
import { useLayoutEffect, useRef, useState } from 'react';

export function useMeasuredWidth<T extends HTMLElement>(fallback = 640) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useLayoutEffect(() => {
    const element = ref.current;
    if (element === null) return;
    const measure = () => {
      const measured = Math.floor(element.getBoundingClientRect().width);
      if (measured > 0) setWidth(measured);
    };
    measure();
    const observer = new ResizeObserver(measure);
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return { ref, width };
}
