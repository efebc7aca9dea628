import en from '../../messages/en.json';
import ko from '../../messages/ko.json';

export type SiteLocale = 'en' | 'ko';

/**
 * Interface words as readers see them, from the site's own message files: page objects find
 * controls by these names, the way a person would. What a test asserts about wording it states
 * itself, so a wrong message still fails a test.
 */
export const labels = {
  en: {
    sectionsNav: en.Site.sectionsNav,
    footerNav: en.Site.footerNav,
    menu: en.Site.menu,
    search: en.Site.search,
    searchLabel: en.Search.label,
    searchButton: en.Search.button,
    latest: en.Home.latest,
    moreTopStories: en.Home.moreTopStories,
    pages: en.Pagination.label,
    nextPage: en.Pagination.next,
    previousPage: en.Pagination.previous,
    preview: en.Preview.label,
    desk: en.Preview.desk,
    exitPreview: en.Preview.exit,
    unpublished: en.Desk.unpublished,
  },
  ko: {
    sectionsNav: ko.Site.sectionsNav,
    footerNav: ko.Site.footerNav,
    menu: ko.Site.menu,
    search: ko.Site.search,
    searchLabel: ko.Search.label,
    searchButton: ko.Search.button,
    latest: ko.Home.latest,
    moreTopStories: ko.Home.moreTopStories,
    pages: ko.Pagination.label,
    nextPage: ko.Pagination.next,
    previousPage: ko.Pagination.previous,
    preview: ko.Preview.label,
    desk: ko.Preview.desk,
    exitPreview: ko.Preview.exit,
    unpublished: ko.Desk.unpublished,
  },
} satisfies Record<SiteLocale, Record<string, string>>;
