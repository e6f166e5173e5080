-- The access log says which API token a call came through ("via token X"); null in the UI.
ALTER TABLE beneficiary_access_log ADD COLUMN api_token varchar(60);
