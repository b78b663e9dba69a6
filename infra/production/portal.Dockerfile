# The Vaadin portal (production mode jar).
# Build the jar first: mvn -pl portal -am package -DskipTests
FROM eclipse-temurin:25-jre
RUN apt-get update && apt-get install -y --no-install-recommends curl && rm -rf /var/lib/apt/lists/* \
    && useradd --system --create-home thidua
COPY portal/target/portal.jar /opt/thidua/portal.jar
USER thidua
EXPOSE 8080
HEALTHCHECK CMD curl -fs http://127.0.0.1:${PORTAL_PORT:-8080}/actuator/health || exit 1
ENTRYPOINT ["java", "-XX:+ExitOnOutOfMemoryError", "-jar", "/opt/thidua/portal.jar"]
