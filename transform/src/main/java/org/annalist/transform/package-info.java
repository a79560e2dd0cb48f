/**
 * Canonicalization: from one document's extraction to its rows of the fact tables.
 *
 * <p>Steps, each a class: {@link org.annalist.transform.YearInference} gives month-days the year
 * of the narrative; {@link org.annalist.transform.DeploymentLinker} ties troop figures to bases and
 * countries; {@link org.annalist.transform.ArticleAttribution} attributes treaty articles to their
 * treaty; {@link org.annalist.transform.Canonicalizer} gives mentions canonical names, and
 * {@link org.annalist.transform.EntityIds} the folded names entity ids are made of;
 * {@link org.annalist.transform.DocumentTransform} runs them and lays the result out as fact rows.
 * Every step looks at one document only; the cross-document tables are the store's aggregation.
 * Depends only on {@code model}.
 */
package org.annalist.transform;
