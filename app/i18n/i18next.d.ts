/**
 * Translation keys are typed from the English locale (the source language), so a wrong
 * key is a type error. Keys built from rules ids (question options, route and directory
 * ids) are checked by tests/app/locale-keys.test.ts instead.
 */
import 'i18next';
import type common from '../../locales/en/common.json';
import type questions from '../../locales/en/questions.json';
import type routes from '../../locales/en/routes.json';
import type directory from '../../locales/en/directory.json';
import type glossary from '../../locales/en/glossary.json';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'common';
    resources: {
      common: typeof common;
      questions: typeof questions;
      routes: typeof routes;
      directory: typeof directory;
      glossary: typeof glossary;
    };
  }
}
