/** Calls a storefront's callback; what it throws is reported as uncaught, and Drop-in carries on. */
export function notify<T>(callback: ((data: T) => void) | undefined, data: T): void {
  try {
    callback?.(data);
  } catch (error) {
    queueMicrotask(() => {
      throw error;
    });
  }
}
