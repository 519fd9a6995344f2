/**
 * The least any React page does: React DOM renders one line and, once it is on screen, sets the
 * mark the playground sets.
 */
import { useEffect } from 'react';
import { createRoot } from 'react-dom/client';
import { INTERACTIVE_MARK } from '../../../ui/common/markInteractive.js';

function Line() {
  useEffect(() => {
    performance.mark(INTERACTIVE_MARK);
  }, []);
  return <p>React is here.</p>;
}

createRoot(document.getElementById('root')!).render(<Line />);
