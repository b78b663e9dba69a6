# The indexer with Tesseract and its Vietnamese model for scanned reports.
# Build the jar first: mvn -pl indexer -am package -DskipTests
FROM eclipse-temurin:25-jre
RUN apt-get update && apt-get install -y --no-install-recommends tesseract-ocr tesseract-ocr-vie curl \
    && rm -rf /var/lib/apt/lists/* && useradd --system --create-home thidua
COPY indexer/target/indexer.jar /opt/thidua/indexer.jar
USER thidua
EXPOSE 8081
HEALTHCHECK CMD curl -fs http://127.0.0.1:${INDEXER_PORT:-8081}/actuator/health || exit 1
ENTRYPOINT ["java", "-XX:+ExitOnOutOfMemoryError", "-jar", "/opt/thidua/indexer.jar"]
