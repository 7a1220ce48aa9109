/**
 * Lets queued work in (messages in a worker; input and drawing on the page) without the 4 ms clamp
 * nested timers get: a message posted to ourselves runs after everything already queued.
 */
export function yieldToEvents(): Promise<void> {
  if (typeof MessageChannel === 'undefined') return new Promise((r) => setTimeout(r, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
