# generated from openapi/calls.yaml; do not edit; run scripts/regenerate.py
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ...client import AuthenticatedClient, Client
from ...models.create_siprec_form import CreateSiprecForm
from ...models.error import Error
from ...models.siprec import Siprec
from ...types import UNSET, Response, Unset


def _get_kwargs(
    account_sid: str,
    call_sid: str,
    *,
    body: CreateSiprecForm | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/2010-04-01/Accounts/{account_sid}/Calls/{call_sid}/Siprec.json".format(
            account_sid=quote(str(account_sid), safe=""),
            call_sid=quote(str(call_sid), safe=""),
        ),
    }

    if not isinstance(body, Unset):
        _kwargs["data"] = body.to_dict()
    headers["Content-Type"] = "application/x-www-form-urlencoded"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Error | Siprec:
    if response.status_code == 200:
        response_200 = Siprec.from_dict(response.json())

        return response_200

    response_default = Error.from_dict(response.json())

    return response_default


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Error | Siprec]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    account_sid: str,
    call_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateSiprecForm | Unset = UNSET,
) -> Response[Error | Siprec]:
    """Start a SIPREC session on a live call

     Forks the call's audio to the recording server behind a SIPREC connector until the session is
    stopped or the call ends. Give it a Name to stop it by name later.

    Args:
        account_sid (str):
        call_sid (str): `CA` and 32 hex digits (twilio-oai 2.6.7 Sid pattern).
        body (CreateSiprecForm | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Siprec]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        call_sid=call_sid,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    account_sid: str,
    call_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateSiprecForm | Unset = UNSET,
) -> Error | Siprec | None:
    """Start a SIPREC session on a live call

     Forks the call's audio to the recording server behind a SIPREC connector until the session is
    stopped or the call ends. Give it a Name to stop it by name later.

    Args:
        account_sid (str):
        call_sid (str): `CA` and 32 hex digits (twilio-oai 2.6.7 Sid pattern).
        body (CreateSiprecForm | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Siprec
    """

    return sync_detailed(
        account_sid=account_sid,
        call_sid=call_sid,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    account_sid: str,
    call_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateSiprecForm | Unset = UNSET,
) -> Response[Error | Siprec]:
    """Start a SIPREC session on a live call

     Forks the call's audio to the recording server behind a SIPREC connector until the session is
    stopped or the call ends. Give it a Name to stop it by name later.

    Args:
        account_sid (str):
        call_sid (str): `CA` and 32 hex digits (twilio-oai 2.6.7 Sid pattern).
        body (CreateSiprecForm | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Error | Siprec]
    """

    kwargs = _get_kwargs(
        account_sid=account_sid,
        call_sid=call_sid,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    account_sid: str,
    call_sid: str,
    *,
    client: AuthenticatedClient | Client,
    body: CreateSiprecForm | Unset = UNSET,
) -> Error | Siprec | None:
    """Start a SIPREC session on a live call

     Forks the call's audio to the recording server behind a SIPREC connector until the session is
    stopped or the call ends. Give it a Name to stop it by name later.

    Args:
        account_sid (str):
        call_sid (str): `CA` and 32 hex digits (twilio-oai 2.6.7 Sid pattern).
        body (CreateSiprecForm | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Error | Siprec
    """

    return (
        await asyncio_detailed(
            account_sid=account_sid,
            call_sid=call_sid,
            client=client,
            body=body,
        )
    ).parsed
