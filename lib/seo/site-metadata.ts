import type { Metadata, Viewport } from 'next';
import { siteConfig } from '@/site.config';
import { BRAND_ICON_PATH, withBasePath } from '../urls';
import { pageMetadata } from './metadata';

/*
 * What the root layout gives every page's <head> (app/layout.tsx exports these), in a module of
 * its own so the build's direct render (scripts/build/direct-render/) reads the same values
 * without the layout's stylesheet import.
 */

export const siteMetadata: Metadata = {
  ...pageMetadata({ title: `${siteConfig.name}: ${siteConfig.tagline}`, description: siteConfig.description }),
  metadataBase: new URL(siteConfig.url),
  title: { default: `${siteConfig.name}: ${siteConfig.tagline}`, template: `%s | ${siteConfig.name}` },
  // Next resolves page URLs against metadataBase (base path included) but writes icon URLs as given.
  icons: { icon: withBasePath(BRAND_ICON_PATH), apple: withBasePath(BRAND_ICON_PATH) },
};

export const siteViewport: Viewport = {
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#fdfcfa' },
    { media: '(prefers-color-scheme: dark)', color: '#111214' },
  ],
};
