/**
 * A small store: one value, changed only by producers (pure functions `(state) => state`), with
 * listeners told of every change. The viewer's state lives in such stores; everything on screen is
 * derived from them. O(listeners) per change.
 */
export type Producer<S> = (state: S) => S;
export type Listener<S> = (state: S, previous: S) => void;

export interface Store<S> {
  get(): S;
  update(producer: Producer<S>): void;
  subscribe(listener: Listener<S>): () => void;
}

export function createStore<S>(initial: S): Store<S> {
  let state = initial;
  const listeners = new Set<Listener<S>>();
  return {
    get: () => state,
    update(producer) {
      const previous = state;
      state = producer(state);
      if (state !== previous) for (const listener of listeners) listener(state, previous);
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
