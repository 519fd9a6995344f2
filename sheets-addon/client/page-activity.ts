/** Whether the sidebar is in front of the person: visible and focused, and when that changes. */
export interface PageActivity {
  active(): boolean;
  /** Calls `listener` when visibility or focus changes; returns the unsubscribe. */
  onChange(listener: () => void): () => void;
}

/** The sidebar's own document and window. */
export function documentActivity(doc: Document = document, win: Window = window): PageActivity {
  return {
    active: () => !doc.hidden && doc.hasFocus(),
    onChange(listener) {
      doc.addEventListener('visibilitychange', listener);
      win.addEventListener('focus', listener);
      win.addEventListener('blur', listener);
      return () => {
        doc.removeEventListener('visibilitychange', listener);
        win.removeEventListener('focus', listener);
        win.removeEventListener('blur', listener);
      };
    },
  };
}
