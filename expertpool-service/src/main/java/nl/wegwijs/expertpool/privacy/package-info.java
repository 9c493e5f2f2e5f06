/**
 * Personal data in the free text the expert pool stores: what is redacted when it is saved, what goes when an
 * expert is erased (see {@link nl.wegwijs.expertpool.privacy.FreeText}), and the rewriting of stored text columns
 * that both erasure and the migration of older rows use ({@link nl.wegwijs.expertpool.privacy.StoredTexts}).
 */
package nl.wegwijs.expertpool.privacy;
