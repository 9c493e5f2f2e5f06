/**
 * Personal data in the free text the expert pool stores: what is redacted when it is saved and what a domain event
 * may carry of a typed theme ({@link nl.wegwijs.expertpool.privacy.FreeText}), what of an erased expert's name goes
 * from which texts ({@link nl.wegwijs.expertpool.privacy.ErasedName}), and the rewriting of stored text columns that
 * both erasure and the migration of older rows use ({@link nl.wegwijs.expertpool.privacy.StoredTexts}).
 */
package nl.wegwijs.expertpool.privacy;
