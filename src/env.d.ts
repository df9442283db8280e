declare namespace App {
  interface Locals {
    /**
     * Set by an article page before its content renders: the page's language and the
     * language of the article text (they differ on a page standing in for a missing
     * translation). Read by the components used inside articles.
     */
    article?: { pageLocale: string; textLocale: string };
  }
}

declare module 'virtual:helpcenter/logo' {
  /** The company's logo from `brand.logo` in site.json, or undefined (src/integrations/brand-logo.ts). */
  const logo: ImageMetadata | undefined;
  export default logo;
}
