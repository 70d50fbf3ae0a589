/**
 * Whether a page loads the framework in the browser. Pages are rendered on the server and worked
 * by one small inline script (components/site-behaviours.tsx); only a page that renders a client
 * component needs React there. Such a component marks its root with this attribute, and the build
 * keeps Next's runtime and the page's hydration payload on the pages that carry it, dropping both
 * from every other (scripts/build/drop-client-runtime.ts). A unit test holds every client
 * component to the rule.
 */
export const HYDRATED_ATTRIBUTE = 'data-hydrated';

/** The attribute as React writes it, which the build looks for in a rendered page. */
export const HYDRATED_MARKUP = ` ${HYDRATED_ATTRIBUTE}=""`;

/**
 * The id of the behaviour script, the last element the layout renders in <body>. Everything
 * after it is what Next appends (its runtime and the hydration payload), never content.
 */
export const BEHAVIOUR_SCRIPT_ID = 'site-behaviours';
