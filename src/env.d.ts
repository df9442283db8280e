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
