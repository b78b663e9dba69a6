# The official image plus ICU analysis, available for a future Vietnamese analyser; the
# project itself folds Vietnamese in Java, so a stock node works too.
ARG ES_VERSION=9.2.4
FROM docker.elastic.co/elasticsearch/elasticsearch:${ES_VERSION}
RUN bin/elasticsearch-plugin install --batch analysis-icu
