// type-graphql and MikroORM read decorator metadata, so this must load before any entity.
import 'reflect-metadata';
