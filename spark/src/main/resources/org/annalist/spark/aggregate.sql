-- The cross-document tables in Spark SQL: the statements of the embedded store's aggregate.sql (module
-- store), in Spark's dialect, over the same fact tables (temporary views named as the tables). Tables of
-- the store are cached views here; its views are views. The tests check both against each other on
-- whole corpora. DuckDB orders NULLs last in both directions and Spark first in ascending order, so
-- every ORDER BY here says NULLS LAST. Each statement ends with a semicolon at the end of a line.

-- entities: one per (type, canonical name); the id is the type's prefix and the folded name, numbered
-- in name order where two names fold alike
CACHE TABLE out_entities AS
WITH per AS (
  SELECT type, entity AS name, min(slug) AS slug, count(*) AS mentions,
         max(country) AS country, max(lat) AS lat, max(lon) AS lon
  FROM mention_facts GROUP BY type, entity
), docs AS (
  SELECT type, name, count(*) AS documents, string_agg(doc_id, ';') WITHIN GROUP (ORDER BY doc_id NULLS LAST) AS doc_ids
  FROM (SELECT DISTINCT type, entity AS name, doc_id FROM mention_facts) GROUP BY type, name
), aliases AS (
  SELECT type, name, string_agg(surface, '; ') WITHIN GROUP (ORDER BY surface NULLS LAST) AS aliases
  FROM (SELECT DISTINCT type, entity AS name, surface FROM mention_facts WHERE surface <> entity) GROUP BY type, name
), sources AS (
  SELECT type, name, string_agg(source, ';') WITHIN GROUP (ORDER BY source NULLS LAST) AS sources
  FROM (SELECT DISTINCT type, entity AS name, source FROM mention_facts) GROUP BY type, name
), numbered AS (
  SELECT per.*, row_number() OVER (PARTITION BY type, slug ORDER BY name NULLS LAST) AS n FROM per
)
SELECT CASE type WHEN 'PERSON' THEN 'per' WHEN 'LOCATION' THEN 'loc' ELSE 'org' END || '-' || slug
         || CASE WHEN n > 1 THEN '-' || CAST(n AS STRING) ELSE '' END AS entity_id,
       numbered.name, numbered.type, coalesce(aliases.aliases, '') AS aliases, mentions, docs.documents, docs.doc_ids,
       sources.sources, country, lat, lon
FROM numbered
JOIN docs USING (type, name)
JOIN sources USING (type, name)
LEFT JOIN aliases USING (type, name);

-- mentions: the facts with their entity's id
CREATE TEMPORARY VIEW out_mentions AS
SELECT m.doc_id, m.type, m.text, m.entity, e.entity_id, m.start, m.`end`, m.sentence, m.source, m.confidence
FROM mention_facts m JOIN out_entities e ON e.type = m.type AND e.name = m.entity;

-- timeline: every date with a day range, quoting its sentence
CREATE TEMPORARY VIEW out_timeline AS
SELECT start, `end`, precision, value, text AS date_text, event, doc_id, char_start, entities
FROM date_facts WHERE start IS NOT NULL;

-- troops per base: the figure stated most often (among equals the largest), the qualifier it was
-- first stated with, the first host country named, every unit type (sorted), the documents
CACHE TABLE out_troops_per_base AS
WITH b AS (
  SELECT * FROM deployment_facts WHERE kind = 'base'
), votes AS (
  SELECT place_canonical AS base, troops, count(*) AS n FROM b GROUP BY place_canonical, troops
), chosen AS (
  SELECT base, troops FROM (
    SELECT base, troops, row_number() OVER (PARTITION BY base ORDER BY n DESC NULLS LAST, troops DESC NULLS LAST) AS r
    FROM votes) WHERE r = 1
), qualifier AS (
  SELECT base, qualifier FROM (
    SELECT b.place_canonical AS base, b.qualifier,
           row_number() OVER (PARTITION BY b.place_canonical ORDER BY b.doc_id NULLS LAST, b.start NULLS LAST) AS r
    FROM b JOIN chosen ON chosen.base = b.place_canonical AND chosen.troops = b.troops) WHERE r = 1
), country AS (
  SELECT base, country FROM (
    SELECT place_canonical AS base, country,
           row_number() OVER (PARTITION BY place_canonical ORDER BY doc_id NULLS LAST, start NULLS LAST) AS r
    FROM b WHERE country IS NOT NULL) WHERE r = 1
), units AS (
  SELECT base, string_agg(unit, ', ') WITHIN GROUP (ORDER BY unit NULLS LAST) AS units FROM (
    SELECT DISTINCT base, unit FROM (
      SELECT place_canonical AS base, explode(split(units, ', ')) AS unit FROM b WHERE units <> ''))
  GROUP BY base
), docs AS (
  SELECT base, string_agg(doc_id, ';') WITHIN GROUP (ORDER BY doc_id NULLS LAST) AS doc_ids
  FROM (SELECT DISTINCT place_canonical AS base, doc_id FROM b) GROUP BY base
), per AS (
  SELECT place_canonical AS base, count(*) AS figures, max(lat) AS lat, max(lon) AS lon FROM b GROUP BY place_canonical
)
SELECT country.country, per.base, chosen.troops, qualifier.qualifier, coalesce(units.units, '') AS units, docs.doc_ids,
       per.figures, per.lat, per.lon
FROM per
JOIN chosen USING (base)
JOIN qualifier USING (base)
JOIN docs USING (base)
LEFT JOIN country USING (base)
LEFT JOIN units USING (base);

-- places the maps leave out: LOCATION entities and bases without coordinates
CREATE TEMPORARY VIEW out_unplaced AS
SELECT name, 'place' AS kind, mentions, doc_ids FROM out_entities WHERE type = 'LOCATION' AND lat IS NULL
UNION ALL
SELECT base AS name, 'base' AS kind, figures AS mentions, doc_ids FROM out_troops_per_base WHERE lat IS NULL;
