// contentlayer2's CLI looks for its configuration here; everything that knows contentlayer2 lives in lib/content/contentlayer/.
export { default } from './lib/content/contentlayer/config';
