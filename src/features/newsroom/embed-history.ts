/**
 * An iframe shares the joint session history of the page around it: every entry an embed pushed
 * would be one more press of the reader's Back button before they leave the article. So while
 * the store is in embed mode the URL sync replaces its entry instead of pushing a new one.
 */
import type { UrlHost } from '../../url/url-sync';

/** `host`, with `pushState` turned into `replaceState` whenever `isEmbedded()` says so. */
export function embedAwareHistory(host: UrlHost, isEmbedded: () => boolean): UrlHost {
  return {
    get location() {
      return host.location;
    },
    history: {
      pushState: (data, unused, url) =>
        isEmbedded()
          ? host.history.replaceState(data, unused, url)
          : host.history.pushState(data, unused, url),
      replaceState: (data, unused, url) => host.history.replaceState(data, unused, url),
    },
    addEventListener: (type, listener) => host.addEventListener(type, listener),
    removeEventListener: (type, listener) => host.removeEventListener(type, listener),
  };
}
