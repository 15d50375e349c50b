/** Ids of laws, sources, glossary terms and questions: the file name, lowercase words joined by hyphens (`zapsp-art-42`). */
export const ENTRY_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A guide section: the guide's slug, optionally with a section anchor (`protecting-ip-when-outsourcing#nda`). */
export const GUIDE_LINK = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:#[a-z0-9]+(?:-[a-z0-9]+)*)?$/;
