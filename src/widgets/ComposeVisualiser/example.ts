/** The visualiser's default example: the lesson's web application and its database. */
export const DEFAULT_COMPOSE = `services:
  web:
    image: nginx:1.29
    ports:
      - '8080:80'
    depends_on:
      - db
    networks:
      - app-network
  db:
    image: postgres:17
    environment:
      POSTGRES_PASSWORD_FILE: /run/secrets/db_password
    volumes:
      - db-data:/var/lib/postgresql/data
    networks:
      - app-network

networks:
  app-network:

volumes:
  db-data:
`;
