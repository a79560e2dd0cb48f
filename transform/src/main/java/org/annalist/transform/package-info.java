/**
 * Canonicalization: from per-document extractions to the canonical dataset.
 *
 * <p>Steps, each a class: {@link org.annalist.transform.YearInference} gives month-days the year
 * of the narrative; {@link org.annalist.transform.DeploymentLinker} ties troop figures to bases and
 * countries; {@link org.annalist.transform.ArticleAttribution} attributes treaty articles to their
 * treaty; {@link org.annalist.transform.EntityCatalog} groups mentions into entities with canonical
 * names and stable ids; {@link org.annalist.transform.DatasetBuilder} lays everything out as tables
 * with stable sort orders. Depends only on {@code model}.
 */
package org.annalist.transform;
