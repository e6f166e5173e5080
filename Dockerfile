# Build: docker build -t socle .   (docker compose up builds it for you)
FROM eclipse-temurin:17-jdk AS build
WORKDIR /src
COPY .mvn .mvn
COPY mvnw pom.xml ./
RUN ./mvnw -B -q dependency:go-offline
COPY src src
RUN ./mvnw -B -q -DskipTests -Dspring-javaformat.skip=true package && cp target/socle-*.jar /socle.jar

FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home /var/lib/socle socle && mkdir -p /var/lib/socle && chown socle /var/lib/socle
USER socle
WORKDIR /var/lib/socle
COPY --from=build /socle.jar /opt/socle/socle.jar
ENV SOCLE_DATA_DIR=/var/lib/socle
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/opt/socle/socle.jar"]
